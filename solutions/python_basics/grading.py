"""Cases, tolerances and points of the Python Basics with Numpy assignment."""

import numpy as np

from grader.material.spec import HIDDEN, Assignment, Case, Exercise, KnownMistake

from . import misconceptions as wrong

# The course's own test inputs (2017 v2 to 2021+ notebooks). Hidden cases are named by shape or kind, never by
# their values: case ids are shown to students.
COURSE_X = np.array([1, 2, 3])
COURSE_IMAGE = np.array([[[0.67826139, 0.29380381],
                          [0.90714982, 0.52835647],
                          [0.4215251, 0.45017551]],

                         [[0.92814219, 0.96677647],
                          [0.85304703, 0.52351845],
                          [0.19981397, 0.27417313]],

                         [[0.60659855, 0.00533165],
                          [0.10820313, 0.49978937],
                          [0.34144279, 0.94630077]]])
COURSE_ROWS = np.array([[0, 3, 4],
                        [1, 6, 4]])
COURSE_SOFTMAX = np.array([[9, 2, 5, 0, 0],
                           [7, 5, 0, 0, 0]])
COURSE_YHAT = np.array([.9, 0.2, 0.1, .4, .9])
COURSE_Y = np.array([1, 0, 0, 1, 1])


def _randn(seed, *shape, scale=1.0):
    return scale * np.random.RandomState(seed).randn(*shape)


def _labels(seed, m):
    """(yhat, y): predictions in [0, 1) and 0/1 integer labels, as in the course's test."""
    rng = np.random.RandomState(seed)
    return rng.rand(m), (rng.rand(m) > 0.5).astype(int)


def _array_cases():
    """x for sigmoid and sigmoid_derivative: the course's vector, matrices of several shapes, a plain number."""
    return (Case("x = np.array([1, 2, 3])", args=(COURSE_X,)),
            Case("x of shape (3, 4)", args=(_randn(1, 3, 4, scale=3.0),), visibility=HIDDEN),
            Case("x of shape (5, 1)", args=(np.linspace(-4.0, 4.0, 5).reshape(5, 1),), visibility=HIDDEN),
            Case("x a plain number, not an array", args=(-1.2,), visibility=HIDDEN))


ASSIGNMENT = Assignment(
    name="python_basics",
    title="Python Basics with Numpy",
    order=1,
    course=1,
    week=2,
    # 2021+; 2019-20 (v3a); 2017-19 (v3, v2) as on the Coursera hub and as downloaded (URL-encoded spaces)
    file_names=("Python_Basics_with_Numpy", "Python_Basics_With_Numpy", "Python_Basics_With_Numpy_v3a",
                "Python Basics With Numpy v3", "Python Basics With Numpy v2",
                "Python+Basics+With+Numpy+v3", "Python+Basics+With+Numpy+v2"),
    titles=("Python Basics with Numpy (optional assignment)",),
    exercises=(
        Exercise("basic_sigmoid", points=1, cases=(
            Case("x = 1", args=(1,)),
            Case("x = 3", args=(3,)),
            Case("a negative x", args=(-2.5,), visibility=HIDDEN),
            Case("x close to 0", args=(0.25,), visibility=HIDDEN),
            Case("a large negative integer x", args=(-7,), visibility=HIDDEN),
        ), misconceptions=(
            KnownMistake("basic-sigmoid-exp-sign", "The sigmoid is 1 / (1 + e^(-x)): the exponent is minus x. "
                         "With e^(+x) you compute sigmoid(-x) = 1 - sigmoid(x), which falls where the sigmoid "
                         "rises.", wrong.basic_sigmoid_exp_sign),
            KnownMistake("basic-sigmoid-precedence", "Division binds tighter than addition: 1 / 1 + something is "
                         "(1 / 1) + something. Put the whole denominator, 1 plus the exponential, in "
                         "parentheses.", wrong.basic_sigmoid_precedence),
        )),
        Exercise("sigmoid", points=1, cases=_array_cases(), misconceptions=(
            KnownMistake("sigmoid-exp-sign", "The sigmoid is 1 / (1 + e^(-x)): the exponent is minus x. With "
                         "e^(+x) you compute sigmoid(-x) = 1 - sigmoid(x).", wrong.sigmoid_exp_sign),
            KnownMistake("sigmoid-precedence", "Division binds tighter than addition: 1 / 1 + something is "
                         "(1 / 1) + something. Put the whole denominator in parentheses.", wrong.sigmoid_precedence),
            KnownMistake("sigmoid-math-exp", "math.exp takes one number at a time, so it fails on a vector or a "
                         "matrix; np.exp applies the exponential to every element of an array (and works on a "
                         "plain number too).", wrong.sigmoid_math_exp),
        )),
        Exercise("sigmoid_derivative", points=1, cases=_array_cases(), misconceptions=(
            KnownMistake("sigmoid-derivative-one-plus-s", "The derivative of the sigmoid is s times (1 minus s), "
                         "with s = sigmoid(x): it is largest (0.25) at x = 0 and vanishes for large |x|.",
                         wrong.sigmoid_derivative_one_plus_s),
            KnownMistake("sigmoid-derivative-uses-x", "The formula s (1 - s) is in terms of s = sigmoid(x), not x "
                         "itself: compute the sigmoid of x first, then use it in both factors.",
                         wrong.sigmoid_derivative_uses_x),
        )),
        Exercise("image2vector", points=1, cases=(
            Case("the course's 3 x 3 x 2 image", args=(COURSE_IMAGE,)),
            Case("an RGB image of shape (4, 5, 3)", args=(np.random.RandomState(2).rand(4, 5, 3),),
                 visibility=HIDDEN),
            Case("an image of shape (2, 3, 4)", args=(np.random.RandomState(3).rand(2, 3, 4),), visibility=HIDDEN),
            Case("an image of shape (6, 2, 1)", args=(np.random.RandomState(4).rand(6, 2, 1),), visibility=HIDDEN),
        ), misconceptions=(
            KnownMistake("image2vector-hardcoded-depth", "Not every image has 3 channels (the test image has 2): "
                         "read the depth from image.shape[2], as the length and height, instead of writing 3.",
                         wrong.image2vector_hardcoded_depth),
            KnownMistake("image2vector-wrong-order", "The vector lists the values in the image's own order: the "
                         "last index (the channel) changes fastest. Transposing first, or reshaping in Fortran "
                         "order, gives the right shape but shuffles the pixels.", wrong.image2vector_wrong_order),
            KnownMistake("image2vector-row-vector", "The result is a column vector, of shape "
                         "(length*height*depth, 1): one row per value and a single column, not a single row.",
                         wrong.image2vector_row_vector),
        )),
        Exercise("normalize_rows", points=2, aliases=("normalizeRows",), cases=(
            Case("x = [[0, 3, 4], [1, 6, 4]]", args=(COURSE_ROWS,)),
            Case("x of shape (4, 3)", args=(_randn(5, 4, 3),), visibility=HIDDEN),
            Case("x of shape (3, 3)", args=(_randn(6, 3, 3),), visibility=HIDDEN),
            Case("x of shape (2, 5)", args=(_randn(7, 2, 5, scale=4.0),), visibility=HIDDEN),
            Case("integer x of shape (3, 2)", args=(np.array([[2, -1], [0, 5], [3, 4]]),), visibility=HIDDEN),
        ), misconceptions=(
            KnownMistake("normalize-rows-axis-0", "axis=1 takes the norm along each row (one norm per row); "
                         "axis=0 takes it down each column, so the columns, not the rows, get unit length.",
                         wrong.normalize_rows_axis_0),
            KnownMistake("normalize-rows-no-keepdims", "Without keepdims=True the row norms form a rank-1 array of "
                         "shape (n,), which broadcasts along the columns (or not at all); keepdims keeps them as an "
                         "(n, 1) column that divides each row by its own norm.", wrong.normalize_rows_no_keepdims),
            KnownMistake("normalize-rows-squared-norm", "Divide each row by its norm, the square root of the sum of "
                         "its squares; dividing by the sum of squares itself does not give rows of length 1.",
                         wrong.normalize_rows_squared_norm),
            KnownMistake("normalize-rows-inplace-int", "x /= x_norm writes the quotient back into x: when x holds "
                         "integers (as the course's test matrix does) numpy cannot store fractions in it and raises. "
                         "Divide into a new array instead.", wrong.normalize_rows_inplace_int),
        )),
        Exercise("softmax", points=2, cases=(
            Case("x = [[9, 2, 5, 0, 0], [7, 5, 0, 0, 0]]", args=(COURSE_SOFTMAX,)),
            Case("x of shape (3, 4)", args=(_randn(8, 3, 4),), visibility=HIDDEN),
            Case("a row vector of shape (1, 6)", args=(_randn(9, 1, 6, scale=2.0),), visibility=HIDDEN),
            Case("x of shape (3, 3)", args=(_randn(10, 3, 3),), visibility=HIDDEN),
        ), misconceptions=(
            KnownMistake("softmax-column-sum", "The softmax is taken over each row: sum the exponentials along "
                         "axis=1, so that each row sums to 1. Summing along axis=0 normalises the columns "
                         "instead.", wrong.softmax_column_sum),
            KnownMistake("softmax-total-sum", "Each row gets its own softmax: divide by the sum of that row's "
                         "exponentials (axis=1), not by the sum over the whole matrix.", wrong.softmax_total_sum),
            KnownMistake("softmax-no-keepdims", "Without keepdims=True the row sums form a rank-1 array of shape "
                         "(m,), which broadcasts along the columns (or not at all); keepdims keeps them as an "
                         "(m, 1) column that divides each row by its own sum.", wrong.softmax_no_keepdims),
        )),
        Exercise("L1", points=1, cases=(
            Case("the course's yhat and y", args=(COURSE_YHAT, COURSE_Y)),
            Case("m = 8", args=_labels(11, 8), visibility=HIDDEN),
            Case("m = 6", args=_labels(12, 6), visibility=HIDDEN),
            Case("m = 3, predictions outside [0, 1]", args=(np.array([1.5, -0.25, 0.75]), np.array([1, 0, 1])),
                 visibility=HIDDEN),
        ), misconceptions=(
            KnownMistake("l1-mean", "The L1 loss is defined as the sum of the absolute differences over the m "
                         "examples, not their average: do not divide by m.", wrong.l1_mean),
            KnownMistake("l1-abs-of-sum", "Take the absolute value of each difference before summing: with the "
                         "absolute value of the sum, differences of opposite signs cancel.", wrong.l1_abs_of_sum),
            KnownMistake("l1-no-sum", "The loss is one number: after taking the absolute differences, sum them "
                         "over the m examples.", wrong.l1_no_sum),
        )),
        Exercise("L2", points=1, cases=(
            Case("the course's yhat and y", args=(COURSE_YHAT, COURSE_Y)),
            Case("m = 8", args=_labels(13, 8), visibility=HIDDEN),
            Case("m = 6", args=_labels(14, 6), visibility=HIDDEN),
            Case("m = 3, predictions outside [0, 1]", args=(np.array([1.5, -0.25, 0.75]), np.array([1, 0, 1])),
                 visibility=HIDDEN),
        ), misconceptions=(
            KnownMistake("l2-square-of-sum", "Square each difference, then sum the squares: the square of the sum "
                         "of the differences adds cross terms between examples.", wrong.l2_square_of_sum),
            KnownMistake("l2-not-squared", "The L2 loss is the sum of the squared differences, the squared "
                         "Euclidean norm; the norm itself is its square root.", wrong.l2_not_squared),
            KnownMistake("l2-mean", "The L2 loss is defined as the sum of the squared differences over the m "
                         "examples, not their mean: do not divide by m.", wrong.l2_mean),
        )),
    ),
)
