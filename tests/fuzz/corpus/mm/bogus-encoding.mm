<?xml version="1.0" encoding="bogus"?>
<map><node TEXT="a"/></map>
