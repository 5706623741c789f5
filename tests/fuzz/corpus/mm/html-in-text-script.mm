<map><node TEXT="&lt;html&gt;&lt;head&gt;&lt;script&gt;x&lt;/script&gt;&lt;/head&gt;&lt;body&gt;&lt;pre&gt;a
 b&lt;/pre&gt;"/></map>
