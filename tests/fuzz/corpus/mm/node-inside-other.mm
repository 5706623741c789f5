<map><node TEXT="a"><font><node TEXT="hidden"/></font></node></map>
