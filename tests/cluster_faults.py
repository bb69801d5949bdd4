"""A grading task that ends its Dask worker on one student (as a grader bug killing the process would), for
test_cluster: importable by the workers, which LocalCluster starts with the tests' sys.path."""

import os

from grader.classroom.cluster_worker import grade_students


def grade_or_die_on_mallory(plugin_name: str, payloads: list[dict]) -> str:
    if any(payload["name"] == "mallory" for payload in payloads):
        os._exit(1)
    return grade_students(plugin_name, payloads)
