<?xml version="1.0" encoding="UTF-7"?>
<map><node TEXT="a"/></map>
