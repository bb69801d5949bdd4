"""Autonomous Driving - Car Detection

In this notebook you implement object detection with the YOLO model ("You Only Look Once"), and apply it to a car
detection data set. YOLO predicts a lot of overlapping boxes; non-max suppression keeps only the best one of each
group of boxes that detect the same object, and it measures how much two boxes overlap with the very important
function called "Intersection over Union", or IoU.

Only `iou` is graded here: yolo_filter_boxes, yolo_non_max_suppression and yolo_eval are written with TensorFlow,
which this grader does not run (leave them in your notebook; they are not graded).

Exercise - iou: implement the intersection over union between box1 and box2.
- This code uses the convention that (0,0) is the top-left corner of an image, (1,0) is the upper-right corner, and
  (1,1) is the lower-right corner: as x increases you move to the right, as y increases you move down.
- A box is defined by its two corners: upper left (x1, y1) and lower right (x2, y2), instead of its midpoint,
  height and width.
- The area of a rectangle is its height (y2 - y1) times its width (x2 - x1).
- The intersection of the two boxes is the box (xi1, yi1, xi2, yi2):
    - xi1 = maximum of the x1 coordinates of the two boxes
    - yi1 = maximum of the y1 coordinates of the two boxes
    - xi2 = minimum of the x2 coordinates of the two boxes
    - yi2 = minimum of the y2 coordinates of the two boxes
- The two boxes may have no intersection: then the width (xi2 - xi1) or the height (yi2 - yi1) you compute is
  negative, and the intersection area is zero. Boxes that only touch at an edge or a vertex have an intersection
  of width or height zero, so their intersection area is zero too. You can use max(height, 0) and max(width, 0).
- Union(A, B) = A + B - Inter(A, B).
"""

import numpy as np


# GRADED FUNCTION: iou

def iou(box1, box2):
    """Implement the intersection over union (IoU) between box1 and box2

    Arguments:
    box1 -- first box, list object with coordinates (box1_x1, box1_y1, box1_x2, box_1_y2)
    box2 -- second box, list object with coordinates (box2_x1, box2_y1, box2_x2, box2_y2)
    """


    (box1_x1, box1_y1, box1_x2, box1_y2) = box1
    (box2_x1, box2_y1, box2_x2, box2_y2) = box2

    # Calculate the (yi1, xi1, yi2, xi2) coordinates of the intersection of box1 and box2. Calculate its Area.
    ### START CODE HERE ###
    xi1 = max(box1_x1, box2_x1)
    yi1 = max(box1_y1, box2_y1)
    xi2 = min(box1_x2, box2_x2)
    yi2 = min(box1_y2, box2_y2)
    inter_width = max(xi2 - xi1, 0)
    inter_height = max(yi2 - yi1, 0)
    inter_area = inter_width * inter_height
    ### END CODE HERE ###

    # Calculate the Union area by using Formula: Union(A,B) = A + B - Inter(A,B)
    ### START CODE HERE ###
    box1_area = (box1_x2 - box1_x1) * (box1_y2 - box1_y1)
    box2_area = (box2_x2 - box2_x1) * (box2_y2 - box2_y1)
    union_area = box1_area + box2_area - inter_area
    ### END CODE HERE ###

    # compute the IoU
    ### START CODE HERE ###
    iou = inter_area / union_area
    ### END CODE HERE ###

    return iou
