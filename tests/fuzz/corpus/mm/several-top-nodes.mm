<map><node TEXT="a"/><node TEXT="b"/></map>
