"""The stored boxes of each kind of pose are the ones the shipped poses give."""

import pytest

from backcoach.core.pose.framing import SHIPPED_KIND_BOXES, kind_box, measure_kind_box


@pytest.mark.parametrize("name", ["lying", "upright"])
def test_the_stored_box_of_a_kind_is_the_one_its_shipped_poses_measure(name):
    measured = measure_kind_box(name)
    # When a pose file changes, paste the measured box into SHIPPED_KIND_BOXES (framing.py).
    assert SHIPPED_KIND_BOXES[name] == pytest.approx(measured, abs=1e-9), repr(measured)
    assert kind_box(name) == SHIPPED_KIND_BOXES[name]


def test_a_kind_without_a_stored_box_is_measured():
    assert kind_box("floating") == measure_kind_box("floating") == (-0.5, 0.0, 0.5, 1.0)
