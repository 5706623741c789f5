<map><node TEXT="a">
