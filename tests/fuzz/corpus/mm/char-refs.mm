<map><node TEXT="a&#10;b&#13;&#9;&#xFFFD;&#x10FFFF;"/></map>
