<map><node TEXT="café"/></map>
