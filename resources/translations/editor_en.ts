<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ActionSectionForm</name>
    <message>
        <source>导语(&amp;I)</source>
        <translation>&amp;Introduction</translation>
    </message>
    <message>
        <source>本栏目共 {count} 个项目。在左侧大纲中选择一个项目进行编辑。</source>
        <translation>Projects in this section: {count}. Select a project in the outline on the left to edit it.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>双碳资讯编辑器</source>
        <translation>Bulletin Editor</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>自动保存已关闭：无法创建恢复文件夹 {folder}（{reason}）</source>
        <translation>Autosave is off: the recovery folder {folder} cannot be created ({reason})</translation>
    </message>
    <message>
        <source>自动保存失败，稍后重试：{reason}</source>
        <translation>Autosave failed, will retry: {reason}</translation>
    </message>
</context>
<context>
    <name>ClosingForm</name>
    <message>
        <source>标题(&amp;H)</source>
        <translation>&amp;Heading</translation>
    </message>
    <message>
        <source>正文(&amp;B)</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>留空则使用版式中的默认结尾。</source>
        <translation>Leave empty to use the default closing of the layout profile.</translation>
    </message>
</context>
<context>
    <name>DistributionForm</name>
    <message>
        <source>报(&amp;R)</source>
        <translation>&amp;Reported to</translation>
    </message>
    <message>
        <source>送(&amp;S)</source>
        <translation>&amp;Sent to</translation>
    </message>
    <message>
        <source>发(&amp;F)</source>
        <translation>&amp;Distributed to</translation>
    </message>
    <message>
        <source>印数(&amp;P)</source>
        <translation>&amp;Print run</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>未命名</source>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>添加项目（{section}）</source>
        <translation>Add project ({section})</translation>
    </message>
    <message>
        <source>添加条目（{section}）</source>
        <translation>Add item ({section})</translation>
    </message>
    <message>
        <source>复制 {part}</source>
        <translation>Duplicate {part}</translation>
    </message>
    <message>
        <source>删除 {part}</source>
        <translation>Delete {part}</translation>
    </message>
    <message>
        <source>上移 {part}</source>
        <translation>Move up {part}</translation>
    </message>
    <message>
        <source>下移 {part}</source>
        <translation>Move down {part}</translation>
    </message>
    <message>
        <source>拖动 {part} 到第{position}位</source>
        <translation>Drag {part} to position {position}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>修改 {place}</source>
        <translation>Change {place}</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>如 2023-09-25</source>
        <translation>e.g. 2023-09-25</translation>
    </message>
    <message>
        <source>从日历中选择（Alt+↓）</source>
        <translation>Pick from the calendar (Alt+↓)</translation>
    </message>
    <message>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>设为今天的日期</source>
        <translation>Set to today&apos;s date</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>空白期刊</source>
        <translation>Blank Issue</translation>
    </message>
    <message>
        <source>示例：2023年9月25日</source>
        <translation>Sample: 25 September 2023</translation>
    </message>
    <message>
        <source>期刊文件 (*.yaml *.yml);;所有文件 (*)</source>
        <translation>Issue files (*.yaml *.yml);;All files (*)</translation>
    </message>
    <message>
        <source>磁盘上的文件现在无法读取</source>
        <translation>the file on disk cannot be read now</translation>
    </message>
    <message>
        <source>内容相同，只是格式不同</source>
        <translation>the same content, written differently</translation>
    </message>
    <message>
        <source>改动了 {count} 行，第一处在第 {line} 行：{text}</source>
        <translation>{count} lines changed, the first at line {line}: {text}</translation>
    </message>
    <message>
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>从空白模板新建一期；装有多个版式时先选版式</source>
        <translation>Create a new issue from the blank template; with several layouts installed, choose one first</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>导入(&amp;I)…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>从文本或 Word 文件导入一期，检查后替换当前期刊</source>
        <translation>Import an issue from a text or Word file, review it, then replace the current issue</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>还原(&amp;R)</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>放弃修改，重新读取文件</source>
        <translation>Discard the changes and read the file again</translation>
    </message>
    <message>
        <source>导出 Word(&amp;E)…</source>
        <translation>&amp;Export to Word…</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>最近打开(&amp;T)</source>
        <translation>Open Recen&amp;t</translation>
    </message>
    <message>
        <source>从模板新建(&amp;M)</source>
        <translation>New from Te&amp;mplate</translation>
    </message>
    <message>
        <source>文件已被修改</source>
        <translation>File Changed on Disk</translation>
    </message>
    <message>
        <source>“{name}”已被其他程序修改（{summary}），而这里有未保存的修改。

放弃这里的修改，读入磁盘上的版本吗？</source>
        <translation>“{name}” was changed by another program ({summary}), and there are unsaved changes here.

Discard the changes made here and read the version on disk?</translation>
    </message>
    <message>
        <source>“{name}”已被其他程序修改（{summary}）。要重新读取吗？</source>
        <translation>“{name}” was changed by another program ({summary}). Read it again?</translation>
    </message>
    <message>
        <source>“{name}”在打开后已被其他程序修改（{summary}）。

保存：用这里的版本覆盖它（对方的修改会丢失）
放弃：放弃这里的修改，读入磁盘上的版本
取消：不保存</source>
        <translation>“{name}” was changed by another program since it was opened ({summary}).

Save: overwrite it with the version here (their changes are lost)
Discard: discard the changes made here and read the version on disk
Cancel: do not save</translation>
    </message>
    <message>
        <source>注释会丢失</source>
        <translation>Comments Will Be Lost</translation>
    </message>
    <message>
        <source>此文件中的注释在保存后会丢失（“{name}”中以 # 开头的说明）。仍要保存吗？</source>
        <translation>The comments in this file will be lost when it is saved (the notes starting with # in “{name}”). Save anyway?</translation>
    </message>
    <message>
        <source>清除列表</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>尚未保存</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>“{name}”有未保存的修改。要保存吗？</source>
        <translation>“{name}” has unsaved changes. Do you want to save them?</translation>
    </message>
    <message>
        <source>无法新建</source>
        <translation>Cannot Create the Issue</translation>
    </message>
    <message>
        <source>打开期刊</source>
        <translation>Open Issue</translation>
    </message>
    <message>
        <source>无法打开</source>
        <translation>Cannot Open the File</translation>
    </message>
    <message>
        <source>正在打开 {name}…</source>
        <translation>Opening {name}…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>文本或 Word 文件 (*.txt *.docx);;所有文件 (*)</source>
        <translation>Text or Word files (*.txt *.docx);;All files (*)</translation>
    </message>
    <message>
        <source>新期刊.yaml</source>
        <translation>new-issue.yaml</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Saving Failed</translation>
    </message>
    <message>
        <source>已保存 {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>还原</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>放弃所有未保存的修改，重新读取“{name}”？</source>
        <translation>Discard all unsaved changes and read “{name}” again?</translation>
    </message>
    <message>
        <source>无法还原</source>
        <translation>Cannot Revert</translation>
    </message>
    <message>
        <source>导出 Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <source>本程序未安装 Word 导出功能（缺少 {module}）。</source>
        <translation>Word export is not installed with this program (the module {module} is missing).</translation>
    </message>
    <message>
        <source>期刊.docx</source>
        <translation>issue.docx</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>已导出 {path}</source>
        <translation>Exported {path}</translation>
    </message>
    <message>
        <source>已导出 {path}。</source>
        <translation>Exported {path}.</translation>
    </message>
    <message>
        <source>本期还有 {count} 个错误（见“问题”面板）。仍要导出吗？</source>
        <translation>Errors still in this issue: {count} (see the Problems panel). Export anyway?</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>{severity}：{message}</source>
        <translation>{severity}: {message}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>删除拼音注音残留 {count} 处(&amp;P)</source>
        <translation>Remove &amp;pinyin artefacts ({count})</translation>
    </message>
    <message>
        <source>删除拼音注音残留(&amp;P)</source>
        <translation>Remove &amp;pinyin artefacts</translation>
    </message>
    <message>
        <source>半角标点改为全角 {count} 处(&amp;U)</source>
        <translation>Make p&amp;unctuation full-width ({count})</translation>
    </message>
    <message>
        <source>半角标点改为全角(&amp;U)</source>
        <translation>Make p&amp;unctuation full-width</translation>
    </message>
    <message>
        <source>繁体转为简体 {count} 字(&amp;S)</source>
        <translation>Convert to &amp;Simplified ({count} characters)</translation>
    </message>
    <message>
        <source>转为简体(&amp;S)</source>
        <translation>Convert to &amp;Simplified</translation>
    </message>
    <message>
        <source>（无标题）{text}</source>
        <translation>(no headline) {text}</translation>
    </message>
    <message>
        <source>未找到</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>{year}年第{number}期</source>
        <translation>{year} no. {number}</translation>
    </message>
    <message>
        <source>（总第{total}期）</source>
        <translation> (no. {total} overall)</translation>
    </message>
    <message>
        <source>日期：{date}</source>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <source>期号：{number}</source>
        <translation>Issue number: {number}</translation>
    </message>
    <message>
        <source>{title}（{count} 条）</source>
        <translation>{title} ({count} items)</translation>
    </message>
    <message>
        <source>{title}（{count} 个项目）</source>
        <translation>{title} ({count} projects)</translation>
    </message>
    <message>
        <source>导语：{text}</source>
        <translation>Introduction: {text}</translation>
    </message>
    <message>
        <source>与版式默认相同</source>
        <translation>as the profile&apos;s default</translation>
    </message>
    <message>
        <source>结尾：{text}</source>
        <translation>Closing: {text}</translation>
    </message>
    <message>
        <source>导入 {name}</source>
        <translation>Import {name}</translation>
    </message>
    <message>
        <source>请检查识别的结果。点“导入”后将替换当前的期刊（可以撤销）。</source>
        <translation>Check what was recognised. “Import” replaces the current issue (this can be undone).</translation>
    </message>
    <message>
        <source>识别出的内容</source>
        <translation>Recognised content</translation>
    </message>
    <message>
        <source>识别出的内容(&amp;R)：</source>
        <translation>&amp;Recognised content:</translation>
    </message>
    <message>
        <source>清理步骤</source>
        <translation>Cleaning steps</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>正在重新识别…</source>
        <translation>Recognising again…</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>另删除控制字符 {count} 个</source>
        <translation>Also removed {count} control characters</translation>
    </message>
    <message>
        <source>第 {line} 行：{message}</source>
        <translation>Line {line}: {message}</translation>
    </message>
    <message>
        <source>警告 {count} 条(&amp;W)：</source>
        <translation>&amp;Warnings ({count}):</translation>
    </message>
    <message>
        <source>没有警告</source>
        <translation>No warnings</translation>
    </message>
    <message>
        <source>正在导入 {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>标题(&amp;H)</source>
        <translation>&amp;Headline</translation>
    </message>
    <message>
        <source>正文(&amp;B)</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>每行一段</source>
        <translation>One paragraph per line</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>版本 {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>关于{name}</source>
        <translation>About {name}</translation>
    </message>
    <message>
        <source>在当前条目之后添加新条目或项目</source>
        <translation>Add a new item or project after the current one</translation>
    </message>
    <message>
        <source>导入审阅意见(&amp;V)…</source>
        <translation>Import Re&amp;view…</translation>
    </message>
    <message>
        <source>读取审阅者修订、批注过的 Word 文件：逐条接受或拒绝修改，保存批注</source>
        <translation>Read a Word file with a reviewer&apos;s tracked changes and comments: accept or reject each change, keep the comments</translation>
    </message>
    <message>
        <source>导出审阅稿(&amp;W)…</source>
        <translation>Export Revie&amp;w Copy…</translation>
    </message>
    <message>
        <source>导出 Word 审阅稿：未解决的检查警告作为批注</source>
        <translation>Export a Word copy for review, with the open warnings as comments</translation>
    </message>
    <message>
        <source>复制条目(&amp;U)</source>
        <translation>D&amp;uplicate Entry</translation>
    </message>
    <message>
        <source>删除条目(&amp;L)</source>
        <translation>De&amp;lete Entry</translation>
    </message>
    <message>
        <source>上移(&amp;P)</source>
        <translation>Move U&amp;p</translation>
    </message>
    <message>
        <source>下移(&amp;W)</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>下一个问题(&amp;X)</source>
        <translation>Ne&amp;xt Problem</translation>
    </message>
    <message>
        <source>上一个问题(&amp;R)</source>
        <translation>P&amp;revious Problem</translation>
    </message>
    <message>
        <source>转到大纲(&amp;O)</source>
        <translation>Go to &amp;Outline</translation>
    </message>
    <message>
        <source>转到表单(&amp;M)</source>
        <translation>Go to For&amp;m</translation>
    </message>
    <message>
        <source>转到问题列表(&amp;P)</source>
        <translation>Go to &amp;Problems</translation>
    </message>
    <message>
        <source>显示预览(&amp;V)</source>
        <translation>Show Pre&amp;view</translation>
    </message>
    <message>
        <source>显示或隐藏版面预览</source>
        <translation>Show or hide the page preview</translation>
    </message>
    <message>
        <source>更换版式(&amp;Y)…</source>
        <translation>Change La&amp;yout…</translation>
    </message>
    <message>
        <source>本期改用另一个已安装的版式</source>
        <translation>Use another installed layout for this issue</translation>
    </message>
    <message>
        <source>作用于选中的文字；没有选中文字时作用于整期</source>
        <translation>Works on the selected text, or on the whole issue when no text is selected</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>常用</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>{count} 个错误</source>
        <translation>Errors: {count}</translation>
    </message>
    <message>
        <source>{count} 个警告</source>
        <translation>Warnings: {count}</translation>
    </message>
    <message>
        <source>字数 {count}</source>
        <translation>Characters: {count}</translation>
    </message>
    <message>
        <source>共 {count} 页</source>
        <translation>Pages: {count}</translation>
    </message>
    <message>
        <source>撤销 {action}</source>
        <translation>Undo {action}</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做 {action}</source>
        <translation>Redo {action}</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>添加项目(&amp;A)</source>
        <translation>&amp;Add Project</translation>
    </message>
    <message>
        <source>添加条目(&amp;A)</source>
        <translation>&amp;Add Item</translation>
    </message>
    <message>
        <source>更换版式</source>
        <translation>Change Layout</translation>
    </message>
    <message>
        <source>没有问题</source>
        <translation>No problems</translation>
    </message>
    <message>
        <source>{tool}（整期）</source>
        <translation>{tool} (whole issue)</translation>
    </message>
    <message>
        <source>{tool}：修改 {count} 处</source>
        <translation>{tool}: places changed: {count}</translation>
    </message>
    <message>
        <source>有自动保存的文件无法读取，已保留在：
{files}</source>
        <translation>Some autosaved work could not be read; it was kept in:
{files}</translation>
    </message>
    <message>
        <source>未命名的期刊</source>
        <translation>an untitled issue</translation>
    </message>
    <message>
        <source>恢复未保存的修改</source>
        <translation>Recover Unsaved Changes</translation>
    </message>
    <message>
        <source>编辑器上次未正常关闭。“{name}”有自动保存于 {time} 的未保存修改。

恢复：打开这些修改（原文件不变，需要时再保存）
丢弃：删除这份自动保存
忽略：下次启动时再询问</source>
        <translation>The editor did not close normally last time. There are unsaved changes to “{name}”, autosaved at {time}.

Yes: open these changes (the original file stays as it is; save when you want)
Discard: delete this autosaved copy
Ignore: ask again at the next start</translation>
    </message>
</context>
<context>
    <name>MastheadForm</name>
    <message>
        <source>刊名</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>年份(&amp;Y)</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>期号(&amp;N)</source>
        <translation>Issue &amp;number</translation>
    </message>
    <message>
        <source>总期号(&amp;T)</source>
        <translation>&amp;Total issue number</translation>
    </message>
    <message>
        <source>出刊日期(&amp;D)</source>
        <translation>&amp;Date of issue</translation>
    </message>
    <message>
        <source>发布单位(&amp;I)</source>
        <translation>&amp;Issued by</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>日处理能力</source>
        <translation>Daily capacity</translation>
    </message>
    <message>
        <source>装机容量</source>
        <translation>Installed capacity</translation>
    </message>
    <message>
        <source>年发电量</source>
        <translation>Annual generation</translation>
    </message>
    <message>
        <source>年节能量</source>
        <translation>Annual energy saved</translation>
    </message>
    <message>
        <source>二氧化碳减排</source>
        <translation>CO2 reduction</translation>
    </message>
    <message>
        <source>总投资</source>
        <translation>Total investment</translation>
    </message>
</context>
<context>
    <name>NewsSectionForm</name>
    <message>
        <source>本栏目共 {count} 条。在左侧大纲中选择一条进行编辑。</source>
        <translation>Items in this section: {count}. Select an item in the outline on the left to edit it.</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>（未填写）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>大纲</source>
        <translation>Outline</translation>
    </message>
</context>
<context>
    <name>Parts</name>
    <message>
        <source>报头</source>
        <translation>Masthead</translation>
    </message>
    <message>
        <source>结尾</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>版记</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>项目{number}</source>
        <translation>Project {number}</translation>
    </message>
    <message>
        <source>第{number}条</source>
        <translation>Item {number}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>适合宽度</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole Page</translation>
    </message>
    <message>
        <source>页面预览</source>
        <translation>Page preview</translation>
    </message>
    <message>
        <source>缩放</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>共 {count} 页</source>
        <translation>Pages: {count}</translation>
    </message>
    <message>
        <source>无法预览：本期的版式不能使用（见“问题”面板的“版式”一项）。</source>
        <translation>No preview: this issue’s layout cannot be used (see the Problems panel).</translation>
    </message>
    <message>
        <source>导出预览 PDF</source>
        <translation>Export the Preview as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>问题列表</source>
        <translation>Problems list</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>修正</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>把这条审阅意见标记为已解决</source>
        <translation>Mark this review comment as resolved</translation>
    </message>
    <message>
        <source>{author}（{date}）：{text}</source>
        <translation>{author} ({date}): {text}</translation>
    </message>
    <message>
        <source>审阅意见</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>问题（{errors} 个错误，{warnings} 个警告）</source>
        <translation>Problems (errors: {errors}, warnings: {warnings})</translation>
    </message>
    <message>
        <source>{tool}：只改这一处</source>
        <translation>{tool}: this place only</translation>
    </message>
    <message>
        <source>这个问题需要手工修改</source>
        <translation>This problem needs a manual edit</translation>
    </message>
    <message>
        <source>审阅意见已解决</source>
        <translation>Review comment resolved</translation>
    </message>
    <message>
        <source>{tool}（此处）</source>
        <translation>{tool} (this place)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>新建期刊</source>
        <translation>New Issue</translation>
    </message>
    <message>
        <source>版式</source>
        <translation>Layouts</translation>
    </message>
    <message>
        <source>本期使用的版式(&amp;P)：</source>
        <translation>&amp;Layout of this issue:</translation>
    </message>
    <message>
        <source>更换(&amp;C)</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>{title}（{name}）</source>
        <translation>{title} ({name})</translation>
    </message>
    <message>
        <source>{name}（无法使用）
{problem}</source>
        <translation>{name} (cannot be used)
{problem}</translation>
    </message>
    <message>
        <source>新一期使用的版式(&amp;P)：</source>
        <translation>&amp;Layout of the new issue:</translation>
    </message>
    <message>
        <source>更换版式</source>
        <translation>Change Layout</translation>
    </message>
    <message>
        <source>新建(&amp;N)</source>
        <translation>&amp;Create</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <source>{metric}数值</source>
        <translation>{metric} value</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>{metric}单位</source>
        <translation>{metric} unit</translation>
    </message>
    <message>
        <source>{metric}口径</source>
        <translation>{metric} basis</translation>
    </message>
    <message>
        <source>公司(&amp;C)</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <source>项目名称(&amp;N)</source>
        <translation>Project &amp;name</translation>
    </message>
    <message>
        <source>技术(&amp;T)</source>
        <translation>&amp;Technology</translation>
    </message>
    <message>
        <source>设施(&amp;F)</source>
        <translation>&amp;Facility</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>表述(&amp;W)</source>
        <translation>&amp;Wording</translation>
    </message>
    <message>
        <source>印出的句子</source>
        <translation>Printed sentence</translation>
    </message>
    <message>
        <source>印出效果</source>
        <translation>As printed</translation>
    </message>
    <message>
        <source>留空则用默认表述：{wording}</source>
        <translation>Leave empty for the default wording: {wording}</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>审阅意见</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>审阅者</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>建议的修改</source>
        <translation>Proposed changes</translation>
    </message>
    <message>
        <source>直接修改</source>
        <translation>untracked edit</translation>
    </message>
    <message>
        <source>（无法对应）</source>
        <translation>(not mapped)</translation>
    </message>
    <message>
        <source>接受(&amp;A)</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>拒绝(&amp;R)</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>全部接受</source>
        <translation>Accept All</translation>
    </message>
    <message>
        <source>未采用（固定文字或无法对应，请手工处理）：</source>
        <translation>Not applied (fixed texts, or changes that map to no field; edit them by hand):</translation>
    </message>
    <message>
        <source>接受审阅修改：{place}</source>
        <translation>Accept review change: {place}</translation>
    </message>
    <message>
        <source>导入审阅意见</source>
        <translation>Import Review</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>无法导入审阅意见</source>
        <translation>Cannot Import the Review</translation>
    </message>
    <message>
        <source>导入审阅批注</source>
        <translation>Import review comments</translation>
    </message>
    <message>
        <source>-审阅稿</source>
        <translation>-review</translation>
    </message>
    <message>
        <source>审阅稿.docx</source>
        <translation>review.docx</translation>
    </message>
    <message>
        <source>导出审阅稿</source>
        <translation>Export Review Copy</translation>
    </message>
    <message>
        <source>本期还有 {count} 个错误（见“问题”面板），改正后再导出审阅稿。</source>
        <translation>This issue still has {count} errors (see the Problems panel); correct them, then export the review copy.</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>已导出审阅稿 {path}</source>
        <translation>Review copy exported to {path}</translation>
    </message>
</context>
<context>
    <name>TextTools</name>
    <message>
        <source>清除拼音注音</source>
        <translation>Remove Pinyin Annotations</translation>
    </message>
    <message>
        <source>中文标点改为全角</source>
        <translation>Full-Width Punctuation in Chinese Text</translation>
    </message>
    <message>
        <source>繁体转简体</source>
        <translation>Traditional to Simplified Chinese</translation>
    </message>
    <message>
        <source>简体转繁体</source>
        <translation>Simplified to Traditional Chinese</translation>
    </message>
    <message>
        <source>清除控制字符</source>
        <translation>Remove Control Characters</translation>
    </message>
    <message>
        <source>删除中文中的空格</source>
        <translation>Remove Spaces in Chinese Text</translation>
    </message>
    <message>
        <source>范围改用连接号</source>
        <translation>Use Dashes in Ranges</translation>
    </message>
    <message>
        <source>{tool}（选中文字）</source>
        <translation>{tool} (selected text)</translation>
    </message>
</context>
</TS>
