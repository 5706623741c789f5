<?xml version="1.0" encoding="UTF-16"?><map><node TEXT="a"/></map>
