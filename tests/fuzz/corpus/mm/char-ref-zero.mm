<map><node TEXT="&#0;"/></map>
