"""Autonomous Driving - Car Detection: each course generation's notebook as students received and completed it.

Sources (public repositories of the course notebooks, read with the search tool): the 2017 "Autonomous driving
application - Car detection - v1.ipynb" and 2018-19 "... - v3.ipynb" (title "Autonomous driving - Car detection",
iou's box1[0].. indexing, one "(≈ 5 lines)" region for the intersection), the 2019-20
"Autonomous_driving_application_Car_detection_v3a.ipynb" (the coordinates unpacked into box1_x1.., inter_width and
inter_height, "(≈ 7 lines)") and the 2021+ "Autonomous_driving_application_Car_detection.ipynb" (title "Autonomous
Driving - Car Detection", one `### START CODE HERE` region without the closing ###, "##(≈ 7 lines)" hints, TensorFlow
2 imports from yad2k.utils.utils instead of yolo_utils). The v1 and v3 iou cells are the same; v1's import cell is
taken to be v3's (not compared line by line), and v3a's import cell is v3's from memory.

Only iou is graded (the notebook's other exercises are TensorFlow), so "solved" and "template" hold iou alone.
"""

IMPORTS_KERAS = """import argparse
import os
import matplotlib.pyplot as plt
from matplotlib.pyplot import imshow
import scipy.io
import scipy.misc
import numpy as np
import pandas as pd
import PIL
import tensorflow as tf
from keras import backend as K
from keras.layers import Input, Lambda, Conv2D
from keras.models import load_model, Model
from yolo_utils import read_classes, read_anchors, generate_colors, preprocess_image, draw_boxes, scale_boxes
from yad2k.models.keras_yolo import yolo_head, yolo_boxes_to_corners, preprocess_true_boxes, yolo_loss, yolo_body

%matplotlib inline"""

IMPORTS_2021 = """import argparse
import os
import matplotlib.pyplot as plt
from matplotlib.pyplot import imshow
import scipy.io
import scipy.misc
import numpy as np
import pandas as pd
import PIL
from PIL import ImageFont, ImageDraw, Image
import tensorflow as tf
from tensorflow.python.framework.ops import EagerTensor

from tensorflow.keras.models import load_model
from yad2k.models.keras_yolo import yolo_head
from yad2k.utils.utils import draw_boxes, get_colors_for_classes, scale_boxes, read_classes, read_anchors, preprocess_image

%matplotlib inline"""

_HEAD_V1 = '''def iou(box1, box2):
    """Implement the intersection over union (IoU) between box1 and box2
    
    Arguments:
    box1 -- first box, list object with coordinates (x1, y1, x2, y2)
    box2 -- second box, list object with coordinates (x1, y1, x2, y2)
    """

'''

_HEAD_V3A = '''def iou(box1, box2):
    """Implement the intersection over union (IoU) between box1 and box2
    
    Arguments:
    box1 -- first box, list object with coordinates (box1_x1, box1_y1, box1_x2, box_1_y2)
    box2 -- second box, list object with coordinates (box2_x1, box2_y1, box2_x2, box2_y2)
    """

    # Assign variable names to coordinates for clarity
    (box1_x1, box1_y1, box1_x2, box1_y2) = box1
    (box2_x1, box2_y1, box2_x2, box2_y2) = box2
    
'''

_HEAD_2021 = '''def iou(box1, box2):
    """Implement the intersection over union (IoU) between box1 and box2
    
    Arguments:
    box1 -- first box, list object with coordinates (box1_x1, box1_y1, box1_x2, box_1_y2)
    box2 -- second box, list object with coordinates (box2_x1, box2_y1, box2_x2, box2_y2)
    """


    (box1_x1, box1_y1, box1_x2, box1_y2) = box1
    (box2_x1, box2_y1, box2_x2, box2_y2) = box2

'''

TEMPLATE_V1 = _HEAD_V1 + '''    # Calculate the (y1, x1, y2, x2) coordinates of the intersection of box1 and box2. Calculate its Area.
    ### START CODE HERE ### (≈ 5 lines)
    xi1 = None
    yi1 = None
    xi2 = None
    yi2 = None
    inter_area = None
    ### END CODE HERE ###    

    # Calculate the Union area by using Formula: Union(A,B) = A + B - Inter(A,B)
    ### START CODE HERE ### (≈ 3 lines)
    box1_area = None
    box2_area = None
    union_area = None
    ### END CODE HERE ###
    
    # compute the IoU
    ### START CODE HERE ### (≈ 1 line)
    iou = None
    ### END CODE HERE ###

    return iou
'''

SOLVED_V1 = _HEAD_V1 + '''    # Calculate the (y1, x1, y2, x2) coordinates of the intersection of box1 and box2. Calculate its Area.
    ### START CODE HERE ### (≈ 5 lines)
    xi1 = max(box1[0], box2[0])
    yi1 = max(box1[1], box2[1])
    xi2 = min(box1[2], box2[2])
    yi2 = min(box1[3], box2[3])
    inter_area = max(xi2 - xi1, 0) * max(yi2 - yi1, 0)
    ### END CODE HERE ###    

    # Calculate the Union area by using Formula: Union(A,B) = A + B - Inter(A,B)
    ### START CODE HERE ### (≈ 3 lines)
    box1_area = (box1[2] - box1[0]) * (box1[3] - box1[1])
    box2_area = (box2[2] - box2[0]) * (box2[3] - box2[1])
    union_area = box1_area + box2_area - inter_area
    ### END CODE HERE ###
    
    # compute the IoU
    ### START CODE HERE ### (≈ 1 line)
    iou = inter_area / union_area
    ### END CODE HERE ###

    return iou
'''

SOLVED_V3 = SOLVED_V1.replace("    xi1 = max(box1[0], box2[0])\n    yi1 = max(box1[1], box2[1])\n"
                              "    xi2 = min(box1[2], box2[2])\n    yi2 = min(box1[3], box2[3])\n",
                              "    xi1 = np.maximum(box1[0], box2[0])\n    yi1 = np.maximum(box1[1], box2[1])\n"
                              "    xi2 = np.minimum(box1[2], box2[2])\n    yi2 = np.minimum(box1[3], box2[3])\n"
                              ).replace("iou = inter_area / union_area", "iou = float(inter_area) / float(union_area)")

TEMPLATE_V3A = _HEAD_V3A + '''# Calculate the (yi1, xi1, yi2, xi2) coordinates of the intersection of box1 and box2. Calculate its Area.
    ### START CODE HERE ### (≈ 7 lines)
    xi1 = None
    yi1 = None
    xi2 = None
    yi2 = None
    inter_width = None
    inter_height = None
    inter_area = None
    ### END CODE HERE ###    

    # Calculate the Union area by using Formula: Union(A,B) = A + B - Inter(A,B)
    ### START CODE HERE ### (≈ 3 lines)
    box1_area = None
    box2_area = None
    union_area = None
    ### END CODE HERE ###
    
    # compute the IoU
    ### START CODE HERE ### (≈ 1 line)
    iou = None
    ### END CODE HERE ###
    
    return iou
'''.replace("# Calculate the (yi1", "    # Calculate the (yi1", 1)

SOLVED_V3A = _HEAD_V3A + '''    # Calculate the (yi1, xi1, yi2, xi2) coordinates of the intersection of box1 and box2. Calculate its Area.
    ### START CODE HERE ### (≈ 7 lines)
    xi1 = max(box1_x1, box2_x1)
    yi1 = max(box1_y1, box2_y1)
    xi2 = min(box1_x2, box2_x2)
    yi2 = min(box1_y2, box2_y2)
    inter_width = xi2 - xi1
    inter_height = yi2 - yi1
    inter_area = max(inter_width, 0) * max(inter_height, 0)
    ### END CODE HERE ###    

    # Calculate the Union area by using Formula: Union(A,B) = A + B - Inter(A,B)
    ### START CODE HERE ### (≈ 3 lines)
    box1_area = (box1_y2 - box1_y1) * (box1_x2 - box1_x1)
    box2_area = (box2_y2 - box2_y1) * (box2_x2 - box2_x1)
    union_area = (box1_area + box2_area) - inter_area
    ### END CODE HERE ###
    
    # compute the IoU
    ### START CODE HERE ### (≈ 1 line)
    iou = inter_area / union_area
    ### END CODE HERE ###
    
    return iou
'''

TEMPLATE_2021 = _HEAD_2021 + '''    ### START CODE HERE
    # Calculate the (yi1, xi1, yi2, xi2) coordinates of the intersection of box1 and box2. Calculate its Area.
    ##(≈ 7 lines)
    xi1 = None
    yi1 = None
    xi2 = None
    yi2 = None
    inter_width = None
    inter_height = None
    inter_area = None
    
    # Calculate the Union area by using Formula: Union(A,B) = A + B - Inter(A,B)
    ## (≈ 3 lines)
    box1_area = None
    box2_area = None
    union_area = None
    
    # compute the IoU
    iou = None
    ### END CODE HERE
    
    return iou
'''

SOLVED_2021 = _HEAD_2021 + '''    ### START CODE HERE
    # Calculate the (yi1, xi1, yi2, xi2) coordinates of the intersection of box1 and box2. Calculate its Area.
    ##(≈ 7 lines)
    xi1 = max(box1_x1, box2_x1)
    yi1 = max(box1_y1, box2_y1)
    xi2 = min(box1_x2, box2_x2)
    yi2 = min(box1_y2, box2_y2)
    inter_width = max(xi2 - xi1, 0)
    inter_height = max(yi2 - yi1, 0)
    inter_area = inter_width * inter_height
    
    # Calculate the Union area by using Formula: Union(A,B) = A + B - Inter(A,B)
    ## (≈ 3 lines)
    box1_area = (box1_x2 - box1_x1) * (box1_y2 - box1_y1)
    box2_area = (box2_x2 - box2_x1) * (box2_y2 - box2_y1)
    union_area = box1_area + box2_area - inter_area
    
    # compute the IoU
    iou = inter_area / union_area
    ### END CODE HERE
    
    return iou
'''

GENERATIONS = [
    {"generation": "2017 (v1)", "file": "Autonomous driving application - Car detection - v1.ipynb",
     "title": "Autonomous driving - Car detection", "markers": True, "imports": IMPORTS_KERAS,
     "solved": {"iou": SOLVED_V1}, "template": {"iou": TEMPLATE_V1}},
    {"generation": "2018-19 (v3)", "file": "Autonomous driving application - Car detection - v3.ipynb",
     "title": "Autonomous driving - Car detection", "markers": True, "imports": IMPORTS_KERAS,
     "solved": {"iou": SOLVED_V3}, "template": {"iou": TEMPLATE_V1}},
    {"generation": "2019-20 (v3a)", "file": "Autonomous_driving_application_Car_detection_v3a.ipynb",
     "title": "Autonomous driving - Car detection", "markers": True, "imports": IMPORTS_KERAS,
     "solved": {"iou": SOLVED_V3A}, "template": {"iou": TEMPLATE_V3A}},
    {"generation": "2021+", "file": "Autonomous_driving_application_Car_detection.ipynb",
     "title": "Autonomous Driving - Car Detection", "markers": True, "imports": IMPORTS_2021,
     "solved": {"iou": SOLVED_2021}, "template": {"iou": TEMPLATE_2021}},
]
