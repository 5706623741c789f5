<map><node><richcontent TYPE="NODE" CONTENT-TYPE="plain/auto">  plain <b>text</b>  </richcontent></node></map>
