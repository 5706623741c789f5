<map><node TEXT="&lt;html&gt;&lt;p&gt;unclosed &lt;b"/></map>
