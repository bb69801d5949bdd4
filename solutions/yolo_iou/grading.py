"""Cases, tolerances and points of the Autonomous Driving - Car Detection (YOLO) assignment.

Only iou is graded: yolo_filter_boxes, yolo_non_max_suppression and yolo_eval are TensorFlow code (the notebook's
other graded cells), which the grader does not run. The notebook's imports (tensorflow, keras, PIL, yad2k,
yolo_utils) need no helper modules: an import the grading environment lacks binds a placeholder, and iou uses none
of them.
"""

import numpy as np

from grader.material.spec import HIDDEN, Assignment, Case, Exercise, KnownMistake

from . import misconceptions as wrong


def _case(case_id, box1, box2, visibility=HIDDEN):
    return Case(case_id, args=(box1, box2), visibility=visibility)


# The notebook's own tests (2017 v1 to 2021+: the intersecting pair; 2021+: the other three as well). Hidden cases
# are named by kind, never by their values: case ids are shown to students.
IOU_CASES = (
    _case("the notebook's intersecting boxes (2, 1, 4, 3) and (1, 2, 3, 4)", (2, 1, 4, 3), (1, 2, 3, 4), "public"),
    _case("the notebook's non-intersecting boxes (1, 2, 3, 4) and (5, 6, 7, 8)", (1, 2, 3, 4), (5, 6, 7, 8),
          "public"),
    _case("boxes that only touch at a vertex", (1, 1, 2, 2), (2, 2, 3, 3)),
    _case("boxes that only touch at an edge", (1, 1, 3, 3), (2, 3, 3, 4)),
    # apart along one axis only: an unclipped side is negative there, and so is the area
    _case("boxes apart horizontally, overlapping vertically", (0, 0, 2, 3), (4, 1, 6, 4)),
    _case("boxes apart vertically, overlapping horizontally", (1, 0, 5, 2), (2, 4, 6, 7)),
    _case("boxes apart on both axes, float coordinates", (0.5, 0.5, 1.5, 2.0), (3.0, 2.5, 4.0, 4.0)),
    _case("the second box inside the first", (1, 1, 7, 5), (2, 2, 4, 3)),
    _case("the first box inside the second, float coordinates", (3.5, 2.0, 5.0, 4.5), (0.0, 0.0, 8.0, 6.0)),
    _case("identical boxes, float coordinates", (0.5, 1.25, 3.75, 2.5), (0.5, 1.25, 3.75, 2.5)),
    _case("a partial overlap, coordinates in [0, 1]", (0.1, 0.2, 0.6, 0.9), (0.3, 0.1, 0.8, 0.5)),
    _case("a partial overlap of two boxes in pixels of a 720x1280 image, as lists", [100, 200, 400, 500],
          [250, 300, 600, 700]),
    _case("a partial overlap, boxes as numpy arrays", np.array([12.5, 40.0, 60.0, 95.5]),
          np.array([30.0, 10.0, 90.0, 70.0])),
    # the notebook's boxes have min(x2) == min(y2); a wide box over a tall one tells each coordinate apart
    _case("a partial overlap of a wide box and a tall box", (0, 0, 6, 2), (2, 1, 4, 5), "public"),
)


ASSIGNMENT = Assignment(
    name="yolo_iou",
    title="Autonomous Driving - Car Detection",
    order=1,
    course=4,
    week=3,
    # 2021+; 2019-20 (v3a); 2017-19 (v3, v1) as on the Coursera hub. Version suffixes, spaces and dashes are
    # ignored when names are compared, so these cover "... - v3" and "..._v3a" alike.
    file_names=("Autonomous_driving_application_Car_detection", "Autonomous driving application - Car detection"),
    titles=("Autonomous Driving - Car Detection", "Autonomous driving - Car detection"),
    exercises=(
        Exercise("iou", points=2, cases=IOU_CASES, misconceptions=(
            KnownMistake("iou-intersection-not-clipped", "Boxes that do not overlap have an intersection whose width "
                         "or height comes out negative; clip each of them at 0, or the area is negative (or, with "
                         "both negative, positive) instead of zero.", wrong.iou_intersection_not_clipped),
            KnownMistake("iou-clips-area-not-sides", "Clipping the product at 0 is not enough: boxes apart both "
                         "horizontally and vertically give two negative sides whose product is positive. Clip the "
                         "width and the height separately.", wrong.iou_clips_area_not_sides),
            KnownMistake("iou-union-no-subtract", "The union is the area covered by either box: adding the two areas "
                         "counts the overlap twice, so subtract the intersection once before dividing by it.",
                         wrong.iou_union_no_subtract),
            KnownMistake("iou-min-max-swapped", "The intersection starts at the later of the two top-left corners "
                         "(the larger x1 and y1) and ends at the earlier of the two bottom-right corners (the smaller "
                         "x2 and y2); the other way round gives the box that encloses both.",
                         wrong.iou_min_max_swapped),
            KnownMistake("iou-pixel-inclusive", "Here a box's width is x2 - x1 and its height y2 - y1, on continuous "
                         "coordinates; adding 1 counts pixels, another convention, and changes every area.",
                         wrong.iou_pixel_inclusive),
            KnownMistake("iou-over-first-box-area", "IoU divides the intersection by the union of the two boxes, not "
                         "by the first box's area: it must not change when box1 and box2 are swapped.",
                         wrong.iou_over_first_box_area),
            KnownMistake("iou-coordinate-mixup", "Check each corner of the intersection uses one coordinate only: "
                         "yi1 and yi2 come from the boxes' y coordinates, xi1 and xi2 from their x coordinates.",
                         wrong.iou_coordinate_mixup),
        )),
    ),
)
