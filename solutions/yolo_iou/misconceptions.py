"""Known wrong implementations of the Car Detection assignment's iou, one function per misconception id."""


def _corners(box1, box2):
    (box1_x1, box1_y1, box1_x2, box1_y2) = box1
    (box2_x1, box2_y1, box2_x2, box2_y2) = box2
    return (max(box1_x1, box2_x1), max(box1_y1, box2_y1), min(box1_x2, box2_x2), min(box1_y2, box2_y2))


def _area(box):
    (x1, y1, x2, y2) = box
    return (x2 - x1) * (y2 - y1)


def iou_intersection_not_clipped(box1, box2):
    """inter_area = (xi2 - xi1) * (yi2 - yi1): negative for boxes apart along one axis, positive (and an iou of up to
    1) for boxes apart along both."""
    xi1, yi1, xi2, yi2 = _corners(box1, box2)
    inter_area = (xi2 - xi1) * (yi2 - yi1)
    return inter_area / (_area(box1) + _area(box2) - inter_area)


def iou_clips_area_not_sides(box1, box2):
    """max((xi2 - xi1) * (yi2 - yi1), 0): two negative sides make a positive area."""
    xi1, yi1, xi2, yi2 = _corners(box1, box2)
    inter_area = max((xi2 - xi1) * (yi2 - yi1), 0)
    return inter_area / (_area(box1) + _area(box2) - inter_area)


def iou_union_no_subtract(box1, box2):
    """The union taken as the sum of the two areas (the intersection counted twice): inter / (A + B)."""
    xi1, yi1, xi2, yi2 = _corners(box1, box2)
    inter_area = max(xi2 - xi1, 0) * max(yi2 - yi1, 0)
    return inter_area / (_area(box1) + _area(box2))


def iou_min_max_swapped(box1, box2):
    """min of the top-left corners and max of the bottom-right ones: the box enclosing both, not their overlap."""
    (box1_x1, box1_y1, box1_x2, box1_y2) = box1
    (box2_x1, box2_y1, box2_x2, box2_y2) = box2
    xi1, yi1 = min(box1_x1, box2_x1), min(box1_y1, box2_y1)
    xi2, yi2 = max(box1_x2, box2_x2), max(box1_y2, box2_y2)
    inter_area = max(xi2 - xi1, 0) * max(yi2 - yi1, 0)
    return inter_area / (_area(box1) + _area(box2) - inter_area)


def iou_pixel_inclusive(box1, box2):
    """Widths and heights as x2 - x1 + 1 (counting pixels, as some detection code does), not x2 - x1."""
    (box1_x1, box1_y1, box1_x2, box1_y2) = box1
    (box2_x1, box2_y1, box2_x2, box2_y2) = box2
    xi1, yi1, xi2, yi2 = _corners(box1, box2)
    inter_area = max(xi2 - xi1 + 1, 0) * max(yi2 - yi1 + 1, 0)
    box1_area = (box1_x2 - box1_x1 + 1) * (box1_y2 - box1_y1 + 1)
    box2_area = (box2_x2 - box2_x1 + 1) * (box2_y2 - box2_y1 + 1)
    return inter_area / (box1_area + box2_area - inter_area)


def iou_over_first_box_area(box1, box2):
    """inter / box1_area: the share of box1 that box2 covers, not the overlap over the union."""
    xi1, yi1, xi2, yi2 = _corners(box1, box2)
    inter_area = max(xi2 - xi1, 0) * max(yi2 - yi1, 0)
    return inter_area / _area(box1)


def iou_coordinate_mixup(box1, box2):
    """yi2 = min(box1_x2, box2_x2): a copied line with x left where y belongs."""
    (box1_x1, box1_y1, box1_x2, box1_y2) = box1
    (box2_x1, box2_y1, box2_x2, box2_y2) = box2
    xi1, yi1 = max(box1_x1, box2_x1), max(box1_y1, box2_y1)
    xi2, yi2 = min(box1_x2, box2_x2), min(box1_x2, box2_x2)
    inter_area = max(xi2 - xi1, 0) * max(yi2 - yi1, 0)
    return inter_area / (_area(box1) + _area(box2) - inter_area)
