<map><node TEXT="‮evil 😀‍　"/></map>
