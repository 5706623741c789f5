<map><node TEXT="r"><hook NAME="FreeNode"/></node></map>
