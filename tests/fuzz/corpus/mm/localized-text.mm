<map><node LOCALIZED_TEXT="new_mindmap"><node/></node></map>
