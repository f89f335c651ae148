"""Poses as data: a pose's model, the shipped poses, their motion, and where the joints are."""
