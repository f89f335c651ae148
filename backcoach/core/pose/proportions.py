"""The body's proportions, as fractions of the standing height (after Drillis and Contini's
tables): the lengths of the bones and where the limbs attach."""

# The head is an eighth of the height, the hip joint a little above half of it.
LOWER_TRUNK = 0.12  # hip joint to waist
UPPER_TRUNK = 0.19  # waist to the base of the neck
TRUNK = LOWER_TRUNK + UPPER_TRUNK
SHOULDER_DROP = 0.035  # the shoulder joint sits below the base of the neck
NECK = 0.05
HEAD_RADIUS = 0.0625
UPPER_ARM = 0.186
FOREARM = 0.146
HAND = 0.055  # wrist to the centre of the fingertips' rounding
THIGH = 0.245
SHIN = 0.246
ANKLE_HEIGHT = 0.039
FOOT_HEEL = 0.013  # the heel's centre behind the ankle
FOOT_BALL = 0.078  # the ball's centre in front of the ankle
TOES = 0.03

# Where the limbs attach in the front view, either side of the trunk's centre line.
FRONT_SHOULDER_OFFSET = 0.088
FRONT_HIP_OFFSET = 0.045
HEEL_RADIUS, BALL_RADIUS, TOE_RADIUS = 0.019, 0.017, 0.012
HAND_TIP_RADIUS = 0.018
ELBOW_RADIUS = 0.0255  # the flesh round the elbow and the wrist, seen from the side
WRIST_RADIUS = 0.0185
