<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>确认警告</source>
        <translation>Acknowledge warning</translation>
    </message>
    <message>
        <source>备注（为什么这个数字没有问题）(&amp;N)：</source>
        <translation>&amp;Note (why this figure is right):</translation>
    </message>
</context>
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
    <name>ArchiveDock</name>
    <message>
        <source>期刊库</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>期刊库面板(&amp;K)</source>
        <translation>Ar&amp;chive Panel</translation>
    </message>
    <message>
        <source>选择文件夹(&amp;K)…</source>
        <translation>Pic&amp;k a folder…</translation>
    </message>
    <message>
        <source>搜索各期（简体、繁体均可），按回车</source>
        <translation>Search the issues (Simplified or Traditional), then press Enter</translation>
    </message>
    <message>
        <source>搜索期刊库</source>
        <translation>Search the archive</translation>
    </message>
    <message>
        <source>期刊库中的各期</source>
        <translation>Issues in the archive</translation>
    </message>
    <message>
        <source>尚未选择期刊库文件夹</source>
        <translation>No archive folder chosen yet</translation>
    </message>
    <message>
        <source>选择期刊库文件夹</source>
        <translation>Choose the archive folder</translation>
    </message>
    <message>
        <source>期号</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>第一条标题</source>
        <translation>First headline</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>无法读取</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <source>{errors} 个错误，{warnings} 个警告</source>
        <translation>{errors} errors, {warnings} warnings</translation>
    </message>
    <message>
        <source>；跨期 {errors} 个错误，{warnings} 个警告</source>
        <translation>; across issues {errors} errors, {warnings} warnings</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>正在搜索…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>没有找到“{query}”</source>
        <translation>“{query}” not found</translation>
    </message>
    <message>
        <source>共找到 {total} 处，只列出前 {shown} 处；请多加一个词缩小范围</source>
        <translation>{total} found, the first {shown} listed; add a word to narrow the search</translation>
    </message>
    <message>
        <source>新建下一期</source>
        <translation>New Next Issue</translation>
    </message>
    <message>
        <source>请先选择期刊库文件夹（文件 › 期刊库）。</source>
        <translation>Choose the archive folder first (File › Archive).</translation>
    </message>
    <message>
        <source>正在读取期刊库…</source>
        <translation>Reading the archive…</translation>
    </message>
    <message>
        <source>{folder}: 期刊库文件夹不存在；请点“选择文件夹”另选</source>
        <translation>{folder}: the archive folder does not exist; click “Pick a folder” to choose another</translation>
    </message>
    <message>
        <source>期刊库中有 {count} 个期刊文件无法读取，接续的期号可能与它们的期号重复；请改正这些文件，或把它们移出期刊库文件夹后重试：</source>
        <translation>{count} issue files of the archive cannot be read, so the numbers continued could repeat theirs; fix these files, or move them out of the archive folder, and try again:</translation>
    </message>
    <message>
        <source>……另有 {count} 个</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>期刊库(&amp;K)…</source>
        <translation>Ar&amp;chive…</translation>
    </message>
    <message>
        <source>选择存放各期期刊文件的文件夹</source>
        <translation>Choose the folder holding the issue files</translation>
    </message>
    <message>
        <source>新建下一期(&amp;X)</source>
        <translation>New Ne&amp;xt Issue</translation>
    </message>
    <message>
        <source>按期刊库的最后一期新建：期号接续，结尾和版记沿用</source>
        <translation>A new issue following the archive&apos;s last: numbers continue, closing block and distribution carry over</translation>
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
        <source>标题(&amp;G)</source>
        <translation>Headin&amp;g</translation>
    </message>
    <message>
        <source>正文(&amp;B)</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>留空则用默认结尾（见下）</source>
        <translation>Leave empty for the default closing (below)</translation>
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
        <source>发(&amp;D)</source>
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
    <name>ExportDone</name>
    <message>
        <source>已导出 {name}</source>
        <translation>Exported {name}</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>Open File</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open Containing Folder</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>修改 {place}</source>
        <translation>Change {place}</translation>
    </message>
    <message>
        <source>审阅意见 · {author}（{date}）：{text}</source>
        <translation>Review note · {author} ({date}): {text}</translation>
    </message>
    <message>
        <source>只能填写整数，最多 {digits} 位</source>
        <translation>Whole numbers only, at most {digits} digits</translation>
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
        <source>在上次自动保存之后</source>
        <translation>after the last autosave</translation>
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
        <source>从剪贴板导入(&amp;B)…</source>
        <translation>Import from Clip&amp;board…</translation>
    </message>
    <message>
        <source>把在别处复制的文字当作文本文件导入，检查后替换当前期刊</source>
        <translation>Import text copied elsewhere as a text file is imported; it replaces the current issue once reviewed</translation>
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
        <source>读入磁盘上的版本(&amp;R)</source>
        <translation>&amp;Read the Version on Disk</translation>
    </message>
    <message>
        <source>保留这里的修改(&amp;K)</source>
        <translation>&amp;Keep the Changes Here</translation>
    </message>
    <message>
        <source>“{name}”已被其他程序修改（{summary}）。要重新读取吗？</source>
        <translation>“{name}” was changed by another program ({summary}). Read it again?</translation>
    </message>
    <message>
        <source>重新读取(&amp;R)</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>不读取(&amp;N)</source>
        <translation>&amp;Not Now</translation>
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
        <source>放弃(&amp;D)</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>取消(&amp;C)</source>
        <translation>&amp;Cancel</translation>
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
        <source>仍然保存(&amp;S)</source>
        <translation>&amp;Save Anyway</translation>
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
        <source>丢弃(&amp;D)</source>
        <translation>&amp;Discard</translation>
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
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>仍然导出(&amp;E)</source>
        <translation>&amp;Export Anyway</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>清除列表(&amp;C)</source>
        <translation>&amp;Clear List</translation>
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
    <name>FindBar</name>
    <message>
        <source>查找内容</source>
        <translation>Text to find</translation>
    </message>
    <message>
        <source>替换为</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>查找：</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>替换为：</source>
        <translation>Replace with:</translation>
    </message>
    <message>
        <source>上一处</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>上一处（Shift+Enter、Shift+F3）</source>
        <translation>Previous (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>下一处</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>下一处（Enter、F3）</source>
        <translation>Next (Enter, F3)</translation>
    </message>
    <message>
        <source>替换(&amp;L)</source>
        <translation>Rep&amp;lace</translation>
    </message>
    <message>
        <source>替换选中的这一处，再到下一处</source>
        <translation>Replace the occurrence shown, then go to the next</translation>
    </message>
    <message>
        <source>全部替换(&amp;A)</source>
        <translation>Replace &amp;All</translation>
    </message>
    <message>
        <source>替换范围内的每一处，一步可撤销</source>
        <translation>Replace every occurrence in scope, as one step to undo</translation>
    </message>
    <message>
        <source>区分大小写(&amp;M)</source>
        <translation>&amp;Match case</translation>
    </message>
    <message>
        <source>只对英文字母有意义</source>
        <translation>Matters for Latin letters only</translation>
    </message>
    <message>
        <source>简繁通用(&amp;J)</source>
        <translation>Simplified = Traditional (&amp;J)</translation>
    </message>
    <message>
        <source>查“双碳”也找到“雙碳”，反之亦然</source>
        <translation>Finding 双碳 also finds 雙碳, and the other way round</translation>
    </message>
    <message>
        <source>仅限当前部分(&amp;K)</source>
        <translation>Current part only (&amp;K)</translation>
    </message>
    <message>
        <source>只在打开查找时大纲中选中的部分里查找</source>
        <translation>Search only the part selected in the outline when the bar was opened</translation>
    </message>
    <message>
        <source>关闭查找</source>
        <translation>Close find</translation>
    </message>
    <message>
        <source>关闭查找（Esc）</source>
        <translation>Close find (Esc)</translation>
    </message>
    <message>
        <source>没有找到</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>第 {n}/{count} 处</source>
        <translation>{n} of {count}</translation>
    </message>
    <message>
        <source>共 {count} 处</source>
        <translation>{count} found</translation>
    </message>
    <message>
        <source>这一处是数值，替换后不是数字，未替换</source>
        <translation>This one is a number and would not stay one: not replaced</translation>
    </message>
    <message>
        <source>替换“{text}”</source>
        <translation>Replace “{text}”</translation>
    </message>
    <message>
        <source>全部替换 {count} 处</source>
        <translation>Replace all: {count}</translation>
    </message>
    <message>
        <source>已替换 {count} 处</source>
        <translation>Replaced: {count}</translation>
    </message>
    <message>
        <source>；{count} 处是数值，替换后不是数字，未替换</source>
        <translation>; {count} in numbers not replaced: they would not stay numbers</translation>
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
        <source>已确认</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>{severity}：{message}</source>
        <translation>{severity}: {message}</translation>
    </message>
    <message>
        <source>{metric} {value}{unit} 大得不合理，请核对数值和单位</source>
        <translation>{metric} of {value} {unit} is implausibly large; check the value and the unit</translation>
    </message>
    <message>
        <source>{metric}不能为负数（现为 {value}）</source>
        <translation>{metric} cannot be negative (it is {value})</translation>
    </message>
    <message>
        <source>{metric}为 0 没有意义；请填写实际数值或删除该指标</source>
        <translation>{metric} of 0 means nothing; fill in the actual value or remove the metric</translation>
    </message>
    <message>
        <source>{metric}为 {value}，而{issue}（{file}）中同一项目为 {earlier}；如为更正，请在表述中注明“更正”，否则请核对</source>
        <translation>{metric} is {value}, but the same project in {issue} ({file}) had {earlier}; if this is a correction, say 更正 in the wording, otherwise check it</translation>
    </message>
    <message>
        <source>{metric}最多保留 {decimals} 位小数</source>
        <translation>{metric} has at most {decimals} decimal places</translation>
    </message>
    <message>
        <source>{metric}没有口径，请清空“{basis}”</source>
        <translation>{metric} has no basis; clear “{basis}”</translation>
    </message>
    <message>
        <source>{metric}的单位“{unit}”不可用，请选择：{units}</source>
        <translation>The unit “{unit}” cannot be used for {metric}; choose one of: {units}</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>{slip}；请核对</source>
        <translation>{slip}; please check</translation>
    </message>
    <message>
        <source>“{shown}”是 {char}，形似汉字而不是汉字，检索和换字体时会出错；请换成普通的“{right}”，或用“工具 › 清除不可见字符和形似字”</source>
        <translation>“{shown}” is {char}: it looks like a Chinese character but is not one, and breaks search and font changes; replace it with the ordinary “{right}”, or use Tools › Remove Invisible and Look-alike Characters</translation>
    </message>
    <message>
        <source>“{shown}”是 {char}，形似汉字而不是汉字；请换成应有的汉字</source>
        <translation>“{shown}” is {char}: it looks like a Chinese character but is not one; replace it with the character meant</translation>
    </message>
    <message>
        <source>“{text}”不是数字</source>
        <translation>“{text}” is not a number</translation>
    </message>
    <message>
        <source>“{text}”不是数字，请只填写数字（可带小数点、千位分隔符或“万”“亿”）</source>
        <translation>“{text}” is not a number; write digits only (with a decimal point, thousands separators or 万/亿 if needed)</translation>
    </message>
    <message>
        <source>“{text}”的千位分隔符位置不对，请写成 1,000 或 1000</source>
        <translation>The thousands separators in “{text}” are misplaced; write 1,000 or 1000</translation>
    </message>
    <message>
        <source>中文中有半角“&amp;”，它不是中文标点；请改为“和”“与”或“及”</source>
        <translation>Half-width “&amp;” in Chinese text is not Chinese punctuation; write 和, 与 or 及</translation>
    </message>
    <message>
        <source>中文中有半角标点“{marks}”，应为全角</source>
        <translation>Half-width punctuation “{marks}” in Chinese text; use full-width marks</translation>
    </message>
    <message>
        <source>中文中有半角空格（{count} 处）：汉字之间、汉字与数字或外文之间不空格；请删除（如为分隔，改用逗号），或用“工具 › 删除中文中的空格”</source>
        <translation>Half-width spaces in Chinese text ({count}): no spaces between Chinese characters, or between them and digits or Latin text; delete them (use a comma to separate), or use Tools › Remove Spaces in Chinese Text</translation>
    </message>
    <message>
        <source>二氧化碳减排{co2}，按日处理能力{daily}全年处理约{yearly}{unit}，即每{unit}减排{per_unit}吨；此类项目通常为每{unit}{low}–{high}吨，据{source}；{verdict}</source>
        <translation>CO2 reduction {co2} with a daily capacity of {daily}, about {yearly} {unit} a year, is {per_unit} t per {unit}; such projects usually reduce {low}–{high} t per {unit} (per {source}); {verdict}</translation>
    </message>
    <message>
        <source>二氧化碳减排填写为{stated}，按年发电量×{grid}应约{expected}；{verdict}{unverified}</source>
        <translation>CO2 reduction is {stated}; annual generation × {grid} gives about {expected}; {verdict}{unverified}</translation>
    </message>
    <message>
        <source>二氧化碳减排填写为{stated}，按年节能量×燃料排放因子（{low_fuel}{low_factor}至{high_fuel}{high_factor} {unit}，{sources}）应在{low}–{high}之间；{verdict}{unverified}</source>
        <translation>CO2 reduction is {stated}; annual energy saving × the fuels&apos; emission factors ({low_fuel} {low_factor} to {high_fuel} {high_factor} {unit}, {sources}) gives {low}–{high}; {verdict}{unverified}</translation>
    </message>
    <message>
        <source>二氧化碳减排填写为{stated}，按年节能量÷{per_kwh}×{grid}应约{expected}；{verdict}{unverified}</source>
        <translation>CO2 reduction is {stated}; annual energy saving ÷ {per_kwh} × {grid} gives about {expected}; {verdict}{unverified}</translation>
    </message>
    <message>
        <source>像是单位错了一级（吨与万吨、千瓦时与万千瓦时、万千瓦时与亿千瓦时都相差1万倍）</source>
        <translation>the unit looks one step off (吨 and 万吨, 千瓦时 and 万千瓦时, 万千瓦时 and 亿千瓦时 differ 10,000-fold)</translation>
    </message>
    <message>
        <source>像是填了碳（C）而不是二氧化碳（二氧化碳＝碳×44/12）</source>
        <translation>it looks like carbon (C) instead of carbon dioxide (CO2 = C × 44/12)</translation>
    </message>
    <message>
        <source>像是当量值与等价值弄反了（两者相差约{swap}倍）</source>
        <translation>the equivalent value (当量值) and the equal value (等价值) look swapped (they differ about {swap}-fold)</translation>
    </message>
    <message>
        <source>像是把年处理量填成了日处理能力（相差约365倍）；请核对</source>
        <translation>the year&apos;s volume looks entered as the daily capacity (about 365-fold); please check</translation>
    </message>
    <message>
        <source>像是把年度数字按日填写了（相差约365倍）；请核对</source>
        <translation>an annual figure looks entered per day (about 365-fold); please check</translation>
    </message>
    <message>
        <source>出刊日期“{date}”不是真实日期，请写成 2023-09-25 这样的日期</source>
        <translation>The date of issue “{date}” is not a real date; write a date such as 2023-09-25</translation>
    </message>
    <message>
        <source>出刊日期在 {date_year} 年，与报头年份 {year} 不一致</source>
        <translation>The date of issue is in {date_year}, not in the masthead year {year}</translation>
    </message>
    <message>
        <source>出刊日期在一年以后，请核对</source>
        <translation>The date of issue is more than a year ahead; check it</translation>
    </message>
    <message>
        <source>出刊日期早于上一期（{previous}）</source>
        <translation>The date of issue is before the previous issue&apos;s ({previous})</translation>
    </message>
    <message>
        <source>含有不可见字符 {char}（{count} 处，常见于从 PDF 粘贴）；请删除它，或用“工具 › 清除不可见字符和形似字”</source>
        <translation>Contains the invisible character {char} ({count}, common when pasting from a PDF); delete it, or use Tools › Remove Invisible and Look-alike Characters</translation>
    </message>
    <message>
        <source>含有分隔符 {char}（{count} 处），是粘贴带入的换行；汉字旁的请删除，其余换成普通空格，或用“工具 › 清除不可见字符和形似字”</source>
        <translation>Contains the separator {char} ({count}), a line break pasted in; delete it next to Chinese characters, elsewhere replace it with an ordinary space, or use Tools › Remove Invisible and Look-alike Characters</translation>
    </message>
    <message>
        <source>含有控制字符（常见于从 PDF 粘贴），请用“工具 › 清除控制字符”删除</source>
        <translation>Contains control characters (common when pasting from a PDF); remove them with Tools › Remove Control Characters</translation>
    </message>
    <message>
        <source>含有方向控制字符 {char}（{count} 处）：它不显示，却使打印出的文字顺序颠倒；请删除它，或用“工具 › 清除不可见字符和形似字”</source>
        <translation>Contains the direction control {char} ({count}): it is not shown, but prints the text in reverse order; delete it, or use Tools › Remove Invisible and Look-alike Characters</translation>
    </message>
    <message>
        <source>含有替换字符 {char}（{count} 处）：原来的字在转换中已丢失；请删除它，换成应有的字</source>
        <translation>Contains the replacement character {char} ({count}): the original character was lost in a conversion; delete it and type the character meant</translation>
    </message>
    <message>
        <source>含有特殊空格 {char}（{count} 处）；汉字旁的请删除，其余换成普通空格，或用“工具 › 清除不可见字符和形似字”</source>
        <translation>Contains the special space {char} ({count}); delete it next to Chinese characters, elsewhere replace it with an ordinary space, or use Tools › Remove Invisible and Look-alike Characters</translation>
    </message>
    <message>
        <source>含有私用区字符 {char}（{count} 处）：PDF 字体自造的字形，别处显示不出；请删除它，换成应有的字</source>
        <translation>Contains the private-use character {char} ({count}): a glyph of the PDF&apos;s own font that shows nowhere else; delete it and type the character meant</translation>
    </message>
    <message>
        <source>已确认（备注：{note}）：{warning}</source>
        <translation>Acknowledged (note: {note}): {warning}</translation>
    </message>
    <message>
        <source>总期号 {number} 与上一期 {file} 的总期号相同，应大于它</source>
        <translation>The total issue number {number} is the same as that of the previous issue, {file}; it must be greater</translation>
    </message>
    <message>
        <source>总期号 {number} 过大，最多 {digits} 位</source>
        <translation>Total issue number {number} is too large: at most {digits} digits</translation>
    </message>
    <message>
        <source>期号 {number} 过大，最多 {digits} 位</source>
        <translation>Issue number {number} is too large: at most {digits} digits</translation>
    </message>
    <message>
        <source>期号与上一期 {file} 相同（{previous}），请核对</source>
        <translation>The issue number is the same as that of the previous issue, {file} ({previous}); check it</translation>
    </message>
    <message>
        <source>；所用因子未经原文核实：{unverified_factors}</source>
        <translation>; factors not verified against the published text: {unverified_factors}</translation>
    </message>
    <message>
        <source>年份 {year} 不合理，请填写四位年份，如 2023</source>
        <translation>The year {year} is implausible; write a four-digit year such as 2023</translation>
    </message>
    <message>
        <source>年份 {year} 早于上一期的 {previous}</source>
        <translation>The year {year} is before the previous issue&apos;s {previous}</translation>
    </message>
    <message>
        <source>年发电量超过装机容量全年满发的上限，请核对数值和单位</source>
        <translation>Annual generation exceeds the installed capacity running all year; please check the value and unit</translation>
    </message>
    <message>
        <source>年节能量填写为{stated}，按年发电量×{per_kwh}应约{expected}；{verdict}{unverified}</source>
        <translation>Annual energy saving is {stated}; annual generation × {per_kwh} gives about {expected}; {verdict}{unverified}</translation>
    </message>
    <message>
        <source>总期号 {number} 应大于上一期的总期号 {previous}</source>
        <translation>The total issue number {number} must be greater than the previous issue&apos;s {previous}</translation>
    </message>
    <message>
        <source>总期号不应小于当年期号</source>
        <translation>The total issue number should not be less than the issue number of the year</translation>
    </message>
    <message>
        <source>总期号从上一期的 {previous} 跳到 {number}，缺总{gap}；请核对</source>
        <translation>The overall number jumps from the previous issue&apos;s {previous} to {number}, missing overall {gap}; please check</translation>
    </message>
    <message>
        <source>总期号须为正整数，现为 {number}</source>
        <translation>The total issue number must be a positive whole number; it is {number}</translation>
    </message>
    <message>
        <source>按 Word 版面每行 {ems} 字估算，本段末行只有“{line}”，审稿时会被标出；请增删几个字</source>
        <translation>At {ems} characters a line in the Word layout, the last line of this paragraph is only “{line}”, which reviewers mark; add or remove a few characters</translation>
    </message>
    <message>
        <source>按装机容量{capacity}和年发电量{generation}，年利用小时数为{hours}小时，{technology}通常为{low}–{high}小时，据{source}；{verdict}</source>
        <translation>Installed capacity {capacity} and annual generation {generation} give {hours} full-load hours a year; {technology} usually has {low}–{high} hours (per {source}); {verdict}</translation>
    </message>
    <message>
        <source>新的一年（{year}）期号应从 1 开始，现为 {number}</source>
        <translation>In a new year ({year}) the issue number should start at 1; it is {number}</translation>
    </message>
    <message>
        <source>期号 {number} 小于上一期的期号 {previous}</source>
        <translation>The issue number {number} is less than the previous issue&apos;s {previous}</translation>
    </message>
    <message>
        <source>期号与上一期相同（{previous}），请核对</source>
        <translation>The issue number is the same as the previous issue&apos;s ({previous}); check it</translation>
    </message>
    <message>
        <source>期号从上一期的 {previous} 跳到 {number}，缺{gap}；请核对期号</source>
        <translation>The issue number jumps from the previous issue&apos;s {previous} to {number}, missing {gap}; please check the number</translation>
    </message>
    <message>
        <source>期号须为正整数，现为 {number}</source>
        <translation>The issue number must be a positive whole number; it is {number}</translation>
    </message>
    <message>
        <source>未知字段“{key}”，本程序不使用它，保存时原样保留</source>
        <translation>Unknown field “{key}”: not used by this program, kept as it is when saving</translation>
    </message>
    <message>
        <source>未知指标“{key}”；可用指标：{known}</source>
        <translation>Unknown metric “{key}”; known metrics: {known}</translation>
    </message>
    <message>
        <source>未选择减排口径（{bases}），二氧化碳减排量无法按排放因子核对；请在项目中选择减排口径</source>
        <translation>No reduction basis chosen ({bases}), so the CO2 reduction cannot be checked against emission factors; please choose the project&apos;s reduction basis</translation>
    </message>
    <message>
        <source>本栏目没有内容</source>
        <translation>This section is empty</translation>
    </message>
    <message>
        <source>条目过多：本栏目有 {count} 条，超过 {limit} 条上限；请分期刊发</source>
        <translation>Too many items: this section has {count}, more than the limit of {limit}; spread them over several issues</translation>
    </message>
    <message>
        <source>标题与{issue}（{file}）中的一条相同；请核对是否重复刊发</source>
        <translation>The headline is the same as one in {issue} ({file}); check that it is not printed twice</translation>
    </message>
    <message>
        <source>标题中有半角空格（{count} 处）：汉字之间、汉字与数字或外文之间不空格；请删除（如为分隔，改用逗号），或用“工具 › 删除中文中的空格”</source>
        <translation>Half-width spaces in the headline ({count}): no spaces between Chinese characters, or between them and digits or Latin text; delete them (use a comma to separate), or use Tools › Remove Spaces in Chinese Text</translation>
    </message>
    <message>
        <source>此前的确认针对“{acknowledged_for}”，数值已改变；请核对：{warning}</source>
        <translation>The earlier acknowledgement was for “{acknowledged_for}”; the figures have changed; please check: {warning}</translation>
    </message>
    <message>
        <source>残留拼音注音 {shown}（共 {count} 处），请删除括号中的拼音</source>
        <translation>Leftover pinyin {shown} ({count} in all); delete the pinyin in brackets</translation>
    </message>
    <message>
        <source>减排口径“{basis}”不可用，请选择：{bases}</source>
        <translation>The carbon basis “{basis}” is not available; choose one of: {bases}</translation>
    </message>
    <message>
        <source>没有名为“{check}”的检查，这条确认不起作用；可用：{checks}</source>
        <translation>There is no check named “{check}”, so this acknowledgement has no effect; available: {checks}</translation>
    </message>
    <message>
        <source>约为预期的{ratio}倍，{slip}；请核对</source>
        <translation>about {ratio} times the expected figure; {slip}; please check</translation>
    </message>
    <message>
        <source>约为预期的{ratio}倍，超出±{tolerance}的容差；请核对数值、单位和所用因子</source>
        <translation>about {ratio} times the expected figure, beyond the ±{tolerance} tolerance; please check the value, unit and factors used</translation>
    </message>
    <message>
        <source>范围“{written}”用了半字线“-”，应为“{right}”这样的连接号；请改正，或用“工具 › 范围改用连接号”</source>
        <translation>The range “{written}” uses a hyphen “-”; write a dash as in “{right}”, or use Tools › Use Dashes in Ranges</translation>
    </message>
    <message>
        <source>范围“{written}”等 {count} 处用了半字线“-”，应为“{right}”这样的连接号；请改正，或用“工具 › 范围改用连接号”</source>
        <translation>The range “{written}” and {count} in all use a hyphen “-”; write a dash as in “{right}”, or use Tools › Use Dashes in Ranges</translation>
    </message>
    <message>
        <source>表述中的占位符“{placeholder}”不认识；可用：{known}</source>
        <translation>Unknown placeholder “{placeholder}” in the wording; known: {known}</translation>
    </message>
    <message>
        <source>表述中直接写了数字；数值请填在指标中，用占位符引用</source>
        <translation>The wording contains digits; fill in values as metrics and refer to them with placeholders</translation>
    </message>
    <message>
        <source>表述用到了{placeholder}，但没有填写{field}</source>
        <translation>The wording uses {placeholder}, but {field} is not filled in</translation>
    </message>
    <message>
        <source>表述用到了{placeholder}，但没有填写{metric}</source>
        <translation>The wording uses {placeholder}, but {metric} is not filled in</translation>
    </message>
    <message>
        <source>请填写公司名称</source>
        <translation>Fill in the company name</translation>
    </message>
    <message>
        <source>请填写出刊日期，如 2023-09-25</source>
        <translation>Fill in the date of issue, such as 2023-09-25</translation>
    </message>
    <message>
        <source>请填写发布单位</source>
        <translation>Fill in the issuer</translation>
    </message>
    <message>
        <source>请填写年份</source>
        <translation>Fill in the year</translation>
    </message>
    <message>
        <source>请填写数值</source>
        <translation>Fill in the value</translation>
    </message>
    <message>
        <source>请填写期号</source>
        <translation>Fill in the issue number</translation>
    </message>
    <message>
        <source>请填写项目名称</source>
        <translation>Fill in the project name</translation>
    </message>
    <message>
        <source>请核对日处理能力、二氧化碳减排和单位</source>
        <translation>please check the daily capacity, the CO2 reduction and the units</translation>
    </message>
    <message>
        <source>请核对装机容量、年发电量和单位</source>
        <translation>please check the installed capacity, the annual generation and the units</translation>
    </message>
    <message>
        <source>请选择{metric}的口径：{bases}</source>
        <translation>Choose the basis of {metric}: {bases}</translation>
    </message>
    <message>
        <source>这一条只有标题，没有正文</source>
        <translation>This item has a headline but no body</translation>
    </message>
    <message>
        <source>这一条是空的，请填写或删除</source>
        <translation>This item is empty; fill it in or delete it</translation>
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
        <source>出刊日期：{date}</source>
        <translation>Date of issue: {date}</translation>
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
        <source>版记：{text}</source>
        <translation>Distribution: {text}</translation>
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
        <source>另清除不可见字符、特殊空格，换掉形似汉字的字符 {count} 个</source>
        <translation>Also removed or replaced {count} invisible characters, special spaces and look-alikes of Chinese characters</translation>
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
        <source>剪贴板里没有文字：请先在别处复制要导入的文字，再从剪贴板导入</source>
        <translation>The clipboard holds no text: copy the text to import elsewhere first, then import from the clipboard</translation>
    </message>
    <message>
        <source>剪贴板里的文字超过 {size}：请分几次导入，或存成文本文件再导入</source>
        <translation>The text on the clipboard is over {size}: import it in several parts, or save it as a text file and import that</translation>
    </message>
    <message>
        <source>剪贴板的文字</source>
        <translation>clipboard text</translation>
    </message>
    <message>
        <source>正在导入 {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>标题(&amp;L)</source>
        <translation>Head&amp;line</translation>
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
        <source>撤销 {action}(&amp;Z)</source>
        <translation>Und&amp;o {action}</translation>
    </message>
    <message>
        <source>撤销(&amp;Z)</source>
        <translation>Und&amp;o</translation>
    </message>
    <message>
        <source>重做 {action}(&amp;Y)</source>
        <translation>Re&amp;do {action}</translation>
    </message>
    <message>
        <source>重做(&amp;Y)</source>
        <translation>Re&amp;do</translation>
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
        <source>查找(&amp;F)…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>在整期中查找文字</source>
        <translation>Find text in the whole issue</translation>
    </message>
    <message>
        <source>替换(&amp;R)…</source>
        <translation>&amp;Replace…</translation>
    </message>
    <message>
        <source>在整期中查找并替换文字</source>
        <translation>Find and replace text in the whole issue</translation>
    </message>
    <message>
        <source>查找下一处(&amp;N)</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>查找上一处(&amp;V)</source>
        <translation>Find Pre&amp;vious</translation>
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
        <source>恢复(&amp;R)</source>
        <translation>&amp;Recover</translation>
    </message>
    <message>
        <source>丢弃(&amp;D)</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>忽略(&amp;I)</source>
        <translation>&amp;Ignore</translation>
    </message>
    <message>
        <source>另有 {count} 份未保存的修改，下次启动编辑器时再询问</source>
        <translation>{count} more set(s) of unsaved changes: you will be asked at the next start</translation>
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

Recover: open these changes (the original file stays as it is; save when you want)
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
        <source>总期号(&amp;O)</source>
        <translation>T&amp;otal issue number</translation>
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
    <message>
        <source>有未解决的审阅意见</source>
        <translation>Has open review notes</translation>
    </message>
    <message>
        <source>条目只能在本栏目内拖动</source>
        <translation>Entries can only be dragged within their own section</translation>
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
    <name>Places</name>
    <message>
        <source>公司</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>减排口径</source>
        <translation>carbon basis</translation>
    </message>
    <message>
        <source>出刊日期</source>
        <translation>issue date</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>印数</source>
        <translation>Print run</translation>
    </message>
    <message>
        <source>发</source>
        <translation>Distributed to</translation>
    </message>
    <message>
        <source>发布单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>口径</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>note</translation>
    </message>
    <message>
        <source>审阅意见</source>
        <translation>review comments</translation>
    </message>
    <message>
        <source>导语</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>已确认的警告</source>
        <translation>acknowledged warning</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>总期号</source>
        <translation>Total issue number</translation>
    </message>
    <message>
        <source>技术</source>
        <translation>Technology</translation>
    </message>
    <message>
        <source>报</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <source>报头</source>
        <translation>Masthead</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>整个文件</source>
        <translation>Whole file</translation>
    </message>
    <message>
        <source>期号</source>
        <translation>Issue number</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>格式版本</source>
        <translation>Format version</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>check</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>正文第{n}段</source>
        <translation>Body paragraph {n}</translation>
    </message>
    <message>
        <source>版式</source>
        <translation>Layout profile</translation>
    </message>
    <message>
        <source>版记</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>第{n}条</source>
        <translation>Item {n}</translation>
    </message>
    <message>
        <source>第{n}项</source>
        <translation>Entry {n}</translation>
    </message>
    <message>
        <source>结尾</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>表述</source>
        <translation>Wording</translation>
    </message>
    <message>
        <source>设施</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>送</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>项目{n}</source>
        <translation>Project {n}</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
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
        <source>确认并备注…</source>
        <translation>Acknowledge with note…</translation>
    </message>
    <message>
        <source>这个数字经核对无误：记下备注，警告不再提醒（保存在期刊文件中）</source>
        <translation>This figure has been checked: note why, and the warning stops nagging (kept in the issue file)</translation>
    </message>
    <message>
        <source>显示已解决</source>
        <translation>Show resolved</translation>
    </message>
    <message>
        <source>也列出已解决的审阅意见（可重新打开）</source>
        <translation>List resolved review notes too (they can be reopened)</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>问题面板(&amp;B)</source>
        <translation>Pro&amp;blems Panel</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>这条审阅意见还没有解决：重新列出</source>
        <translation>This review note is not resolved yet: list it again</translation>
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
        <source>重新打开审阅意见</source>
        <translation>Reopen review note</translation>
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
        <source>减排口径(&amp;B)</source>
        <translation>Carbon &amp;basis</translation>
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
        <source>技术(&amp;Y)</source>
        <translation>Technolog&amp;y</translation>
    </message>
    <message>
        <source>设施(&amp;A)</source>
        <translation>F&amp;acility</translation>
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
        <source>留空则用默认表述（见下）</source>
        <translation>Leave empty for the default wording (below)</translation>
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
        <source>默认表述：{wording}</source>
        <translation>Default wording: {wording}</translation>
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
        <source>删除条目</source>
        <translation>item deleted</translation>
    </message>
    <message>
        <source>修订</source>
        <translation>tracked change</translation>
    </message>
    <message>
        <source>修改的全文</source>
        <translation>The whole text with the change</translation>
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
        <source>审阅稿中没有导出时的内容，按当前期刊比较：导出后的修改会显示为审阅修改</source>
        <translation>The reviewed file does not keep the text as exported, so it is compared with the issue as it is now: edits made after the export show as the reviewer&apos;s edits</translation>
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
        <source>已接受 {count} 处修改（可撤销）；可以关闭本窗口。</source>
        <translation>Accepted {count} edits (they can be undone); you can close this window.</translation>
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
        <source>不标出修改</source>
        <translation>Do not mark changes</translation>
    </message>
    <message>
        <source>标出自上次导出审阅稿以来的修改</source>
        <translation>Mark the changes since the last review copy</translation>
    </message>
    <message>
        <source>标出与上一期相比的修改（接着选择期刊文件）</source>
        <translation>Mark the changes against an earlier issue (choose its file next)</translation>
    </message>
    <message>
        <source>本期还没有在编辑器中导出过审阅稿</source>
        <translation>No review copy of this issue has been exported in the editor yet</translation>
    </message>
    <message>
        <source>与哪一期相比</source>
        <translation>Compare with which issue</translation>
    </message>
    <message>
        <source>期刊文件 (*.yaml)</source>
        <translation>Issue files (*.yaml)</translation>
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
        <source>清除不可见字符和形似字</source>
        <translation>Remove Invisible and Look-alike Characters</translation>
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
