<map><node TEXT="a" COLOR="#GGGGGG" BACKGROUND_COLOR="#FFF" FOLDED="TRUE"><icon BUILTIN=""/><icon/><icon BUILTIN="idea"/><icon BUILTIN="idea"/></node></map>
