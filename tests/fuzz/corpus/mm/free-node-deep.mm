<map><node TEXT="r"><node TEXT="a"><node TEXT="b"><hook NAME="FreeNode"/></node></node><node TEXT="f"><hook NAME="FreeNode"/><hook NAME="FreeNode"/></node></node></map>
