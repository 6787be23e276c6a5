<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="zh_CN">
<context>
    <name>ActionSectionForm</name>
    <message>
        <source>导语(&amp;I)</source>
        <translation>導語(&amp;I)</translation>
    </message>
    <message>
        <source>本栏目共 {count} 个项目。在左侧大纲中选择一个项目进行编辑。</source>
        <translation>本欄目共 {count} 個專案。在左側大綱中選擇一個專案進行編輯。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>双碳资讯编辑器</source>
        <translation>雙碳資訊編輯器</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>自动保存已关闭：无法创建恢复文件夹 {folder}（{reason}）</source>
        <translation>自動儲存已關閉：無法創建恢復檔案夾 {folder}（{reason}）</translation>
    </message>
    <message>
        <source>自动保存失败，稍后重试：{reason}</source>
        <translation>自動儲存失敗，稍後重試：{reason}</translation>
    </message>
</context>
<context>
    <name>ClosingForm</name>
    <message>
        <source>标题(&amp;H)</source>
        <translation>標題(&amp;H)</translation>
    </message>
    <message>
        <source>正文(&amp;B)</source>
        <translation>正文(&amp;B)</translation>
    </message>
    <message>
        <source>留空则使用版式中的默认结尾。</source>
        <translation>留空則使用版式中的預設結尾。</translation>
    </message>
</context>
<context>
    <name>DistributionForm</name>
    <message>
        <source>报(&amp;R)</source>
        <translation>報(&amp;R)</translation>
    </message>
    <message>
        <source>送(&amp;S)</source>
        <translation>送(&amp;S)</translation>
    </message>
    <message>
        <source>发(&amp;F)</source>
        <translation>發(&amp;F)</translation>
    </message>
    <message>
        <source>印数(&amp;P)</source>
        <translation>印數(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>未命名</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>添加项目（{section}）</source>
        <translation>新增專案（{section}）</translation>
    </message>
    <message>
        <source>添加条目（{section}）</source>
        <translation>新增條目（{section}）</translation>
    </message>
    <message>
        <source>复制 {part}</source>
        <translation>複製 {part}</translation>
    </message>
    <message>
        <source>删除 {part}</source>
        <translation>刪除 {part}</translation>
    </message>
    <message>
        <source>上移 {part}</source>
        <translation>上移 {part}</translation>
    </message>
    <message>
        <source>下移 {part}</source>
        <translation>下移 {part}</translation>
    </message>
    <message>
        <source>拖动 {part} 到第{position}位</source>
        <translation>拖曳 {part} 到第{position}位</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>修改 {place}</source>
        <translation>修改 {place}</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>如 2023-09-25</source>
        <translation>如 2023-09-25</translation>
    </message>
    <message>
        <source>从日历中选择（Alt+↓）</source>
        <translation>從日曆中選擇（Alt+↓）</translation>
    </message>
    <message>
        <source>日历</source>
        <translation>日曆</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>设为今天的日期</source>
        <translation>設為今天的日期</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>空白期刊</source>
        <translation>空白期刊</translation>
    </message>
    <message>
        <source>示例：2023年9月25日</source>
        <translation>範例：2023年9月25日</translation>
    </message>
    <message>
        <source>期刊文件 (*.yaml *.yml);;所有文件 (*)</source>
        <translation>期刊檔案 (*.yaml *.yml);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>磁盘上的文件现在无法读取</source>
        <translation>磁碟上的檔案現在無法讀取</translation>
    </message>
    <message>
        <source>内容相同，只是格式不同</source>
        <translation>內容相同，只是格式不同</translation>
    </message>
    <message>
        <source>改动了 {count} 行，第一处在第 {line} 行：{text}</source>
        <translation>改動了 {count} 行，第一處在第 {line} 行：{text}</translation>
    </message>
    <message>
        <source>新建(&amp;N)</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <source>从空白模板新建一期；装有多个版式时先选版式</source>
        <translation>從空白範本新增一期；裝有多個版式時先選版式</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>导入(&amp;I)…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>从文本或 Word 文件导入一期，检查后替换当前期刊</source>
        <translation>從文本或 Word 檔案匯入一期，檢查後替換目前期刊</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>另存为(&amp;A)…</source>
        <translation>另存為(&amp;A)…</translation>
    </message>
    <message>
        <source>还原(&amp;R)</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <source>放弃修改，重新读取文件</source>
        <translation>放棄修改，重新讀取檔案</translation>
    </message>
    <message>
        <source>导出 Word(&amp;E)…</source>
        <translation>匯出 Word(&amp;E)…</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>最近打开(&amp;T)</source>
        <translation>最近開啟(&amp;T)</translation>
    </message>
    <message>
        <source>从模板新建(&amp;M)</source>
        <translation>從範本新增(&amp;M)</translation>
    </message>
    <message>
        <source>文件已被修改</source>
        <translation>檔案已被修改</translation>
    </message>
    <message>
        <source>“{name}”已被其他程序修改（{summary}），而这里有未保存的修改。

放弃这里的修改，读入磁盘上的版本吗？</source>
        <translation>「{name}」已被其他程式修改（{summary}），而這裡有未儲存的修改。

放棄這裡的修改，讀入磁碟上的版本嗎？</translation>
    </message>
    <message>
        <source>“{name}”已被其他程序修改（{summary}）。要重新读取吗？</source>
        <translation>「{name}」已被其他程式修改（{summary}）。要重新讀取嗎？</translation>
    </message>
    <message>
        <source>“{name}”在打开后已被其他程序修改（{summary}）。

保存：用这里的版本覆盖它（对方的修改会丢失）
放弃：放弃这里的修改，读入磁盘上的版本
取消：不保存</source>
        <translation>「{name}」在開啟後已被其他程式修改（{summary}）。

儲存：用這裡的版本覆蓋它（對方的修改會丟失）
放棄：放棄這裡的修改，讀入磁碟上的版本
取消：不儲存</translation>
    </message>
    <message>
        <source>注释会丢失</source>
        <translation>註釋會丟失</translation>
    </message>
    <message>
        <source>此文件中的注释在保存后会丢失（“{name}”中以 # 开头的说明）。仍要保存吗？</source>
        <translation>此檔案中的註釋在儲存後會丟失（「{name}」中以 # 開頭的說明）。仍要儲存嗎？</translation>
    </message>
    <message>
        <source>清除列表</source>
        <translation>清除清單</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>尚未保存</source>
        <translation>尚未儲存</translation>
    </message>
    <message>
        <source>“{name}”有未保存的修改。要保存吗？</source>
        <translation>「{name}」有未儲存的修改。要儲存嗎？</translation>
    </message>
    <message>
        <source>无法新建</source>
        <translation>無法新增</translation>
    </message>
    <message>
        <source>打开期刊</source>
        <translation>開啟期刊</translation>
    </message>
    <message>
        <source>无法打开</source>
        <translation>無法開啟</translation>
    </message>
    <message>
        <source>正在打开 {name}…</source>
        <translation>正在開啟 {name}…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>文本或 Word 文件 (*.txt *.docx);;所有文件 (*)</source>
        <translation>文本或 Word 檔案 (*.txt *.docx);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>新期刊.yaml</source>
        <translation>新期刊.yaml</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>另存為</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>儲存失敗</translation>
    </message>
    <message>
        <source>已保存 {path}</source>
        <translation>已儲存 {path}</translation>
    </message>
    <message>
        <source>还原</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>放弃所有未保存的修改，重新读取“{name}”？</source>
        <translation>放棄所有未儲存的修改，重新讀取「{name}」？</translation>
    </message>
    <message>
        <source>无法还原</source>
        <translation>無法還原</translation>
    </message>
    <message>
        <source>导出 Word</source>
        <translation>匯出 Word</translation>
    </message>
    <message>
        <source>本程序未安装 Word 导出功能（缺少 {module}）。</source>
        <translation>本程式未安裝 Word 匯出功能（缺少 {module}）。</translation>
    </message>
    <message>
        <source>期刊.docx</source>
        <translation>期刊.docx</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word 文件 (*.docx)</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>已导出 {path}</source>
        <translation>已匯出 {path}</translation>
    </message>
    <message>
        <source>已导出 {path}。</source>
        <translation>已匯出 {path}。</translation>
    </message>
    <message>
        <source>本期还有 {count} 个错误（见“问题”面板）。仍要导出吗？</source>
        <translation>本期還有 {count} 個錯誤（見「問題」面板）。仍要匯出嗎？</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>错误</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>{severity}：{message}</source>
        <translation>{severity}：{message}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>删除拼音注音残留 {count} 处(&amp;P)</source>
        <translation>刪除拼音注音殘留 {count} 處(&amp;P)</translation>
    </message>
    <message>
        <source>删除拼音注音残留(&amp;P)</source>
        <translation>刪除拼音注音殘留(&amp;P)</translation>
    </message>
    <message>
        <source>半角标点改为全角 {count} 处(&amp;U)</source>
        <translation>半形標點改為全形 {count} 處(&amp;U)</translation>
    </message>
    <message>
        <source>半角标点改为全角(&amp;U)</source>
        <translation>半形標點改為全形(&amp;U)</translation>
    </message>
    <message>
        <source>繁体转为简体 {count} 字(&amp;S)</source>
        <translation>繁體轉為簡體 {count} 字(&amp;S)</translation>
    </message>
    <message>
        <source>转为简体(&amp;S)</source>
        <translation>轉為簡體(&amp;S)</translation>
    </message>
    <message>
        <source>（无标题）{text}</source>
        <translation>（無標題）{text}</translation>
    </message>
    <message>
        <source>未找到</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>{year}年第{number}期</source>
        <translation>{year}年第{number}期</translation>
    </message>
    <message>
        <source>（总第{total}期）</source>
        <translation>（總第{total}期）</translation>
    </message>
    <message>
        <source>日期：{date}</source>
        <translation>日期：{date}</translation>
    </message>
    <message>
        <source>期号：{number}</source>
        <translation>期號：{number}</translation>
    </message>
    <message>
        <source>{title}（{count} 条）</source>
        <translation>{title}（{count} 條）</translation>
    </message>
    <message>
        <source>{title}（{count} 个项目）</source>
        <translation>{title}（{count} 個專案）</translation>
    </message>
    <message>
        <source>导语：{text}</source>
        <translation>導語：{text}</translation>
    </message>
    <message>
        <source>与版式默认相同</source>
        <translation>與版式預設相同</translation>
    </message>
    <message>
        <source>结尾：{text}</source>
        <translation>結尾：{text}</translation>
    </message>
    <message>
        <source>导入 {name}</source>
        <translation>匯入 {name}</translation>
    </message>
    <message>
        <source>请检查识别的结果。点“导入”后将替换当前的期刊（可以撤销）。</source>
        <translation>請檢查識別的結果。點「匯入」後將替換目前的期刊（可以復原）。</translation>
    </message>
    <message>
        <source>识别出的内容</source>
        <translation>識別出的內容</translation>
    </message>
    <message>
        <source>识别出的内容(&amp;R)：</source>
        <translation>識別出的內容(&amp;R)：</translation>
    </message>
    <message>
        <source>清理步骤</source>
        <translation>清理步驟</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>导入(&amp;I)</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>正在重新识别…</source>
        <translation>正在重新識別…</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>無法匯入</translation>
    </message>
    <message>
        <source>另删除控制字符 {count} 个</source>
        <translation>另刪除控制字元 {count} 個</translation>
    </message>
    <message>
        <source>第 {line} 行：{message}</source>
        <translation>第 {line} 行：{message}</translation>
    </message>
    <message>
        <source>警告 {count} 条(&amp;W)：</source>
        <translation>警告 {count} 條(&amp;W)：</translation>
    </message>
    <message>
        <source>没有警告</source>
        <translation>沒有警告</translation>
    </message>
    <message>
        <source>正在导入 {name}…</source>
        <translation>正在匯入 {name}…</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>标题(&amp;H)</source>
        <translation>標題(&amp;H)</translation>
    </message>
    <message>
        <source>正文(&amp;B)</source>
        <translation>正文(&amp;B)</translation>
    </message>
    <message>
        <source>每行一段</source>
        <translation>每行一段</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>关于(&amp;A)</source>
        <translation>關於(&amp;A)</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>版本 {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>关于{name}</source>
        <translation>關於{name}</translation>
    </message>
    <message>
        <source>在当前条目之后添加新条目或项目</source>
        <translation>在目前條目之後新增條目或專案</translation>
    </message>
    <message>
        <source>导入审阅意见(&amp;V)…</source>
        <translation>匯入審閱意見(&amp;V)…</translation>
    </message>
    <message>
        <source>读取审阅者修订、批注过的 Word 文件：逐条接受或拒绝修改，保存批注</source>
        <translation>讀取審閱者修訂、批註過的 Word 檔案：逐條接受或拒絕修改，儲存批註</translation>
    </message>
    <message>
        <source>导出审阅稿(&amp;W)…</source>
        <translation>匯出審閱稿(&amp;W)…</translation>
    </message>
    <message>
        <source>导出 Word 审阅稿：未解决的检查警告作为批注</source>
        <translation>匯出 Word 審閱稿：未解決的檢查警告作為批註</translation>
    </message>
    <message>
        <source>复制条目(&amp;U)</source>
        <translation>複製條目(&amp;U)</translation>
    </message>
    <message>
        <source>删除条目(&amp;L)</source>
        <translation>刪除條目(&amp;L)</translation>
    </message>
    <message>
        <source>上移(&amp;P)</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>下移(&amp;W)</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>下一个问题(&amp;X)</source>
        <translation>下一個問題(&amp;X)</translation>
    </message>
    <message>
        <source>上一个问题(&amp;R)</source>
        <translation>上一個問題(&amp;R)</translation>
    </message>
    <message>
        <source>转到大纲(&amp;O)</source>
        <translation>前往大綱(&amp;O)</translation>
    </message>
    <message>
        <source>转到表单(&amp;M)</source>
        <translation>前往表單(&amp;M)</translation>
    </message>
    <message>
        <source>转到问题列表(&amp;P)</source>
        <translation>前往問題清單(&amp;P)</translation>
    </message>
    <message>
        <source>显示预览(&amp;V)</source>
        <translation>顯示預覽(&amp;V)</translation>
    </message>
    <message>
        <source>显示或隐藏版面预览</source>
        <translation>顯示或隱藏版面預覽</translation>
    </message>
    <message>
        <source>更换版式(&amp;Y)…</source>
        <translation>更換版式(&amp;Y)…</translation>
    </message>
    <message>
        <source>本期改用另一个已安装的版式</source>
        <translation>本期改用另一個已安裝的版式</translation>
    </message>
    <message>
        <source>作用于选中的文字；没有选中文字时作用于整期</source>
        <translation>作用於選取的文字；沒有選取文字時作用於整期</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>语言(&amp;L)</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>常用</source>
        <translation>常用</translation>
    </message>
    <message>
        <source>{count} 个错误</source>
        <translation>{count} 個錯誤</translation>
    </message>
    <message>
        <source>{count} 个警告</source>
        <translation>{count} 個警告</translation>
    </message>
    <message>
        <source>字数 {count}</source>
        <translation>字數 {count}</translation>
    </message>
    <message>
        <source>共 {count} 页</source>
        <translation>共 {count} 頁</translation>
    </message>
    <message>
        <source>撤销 {action}</source>
        <translation>復原 {action}</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>重做 {action}</source>
        <translation>重做 {action}</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>添加项目(&amp;A)</source>
        <translation>新增專案(&amp;A)</translation>
    </message>
    <message>
        <source>添加条目(&amp;A)</source>
        <translation>新增條目(&amp;A)</translation>
    </message>
    <message>
        <source>更换版式</source>
        <translation>更換版式</translation>
    </message>
    <message>
        <source>没有问题</source>
        <translation>沒有問題</translation>
    </message>
    <message>
        <source>{tool}（整期）</source>
        <translation>{tool}（整期）</translation>
    </message>
    <message>
        <source>{tool}：修改 {count} 处</source>
        <translation>{tool}：修改 {count} 處</translation>
    </message>
    <message>
        <source>有自动保存的文件无法读取，已保留在：
{files}</source>
        <translation>有自動儲存的檔案無法讀取，已保留在：
{files}</translation>
    </message>
    <message>
        <source>未命名的期刊</source>
        <translation>未命名的期刊</translation>
    </message>
    <message>
        <source>恢复未保存的修改</source>
        <translation>恢復未儲存的修改</translation>
    </message>
    <message>
        <source>编辑器上次未正常关闭。“{name}”有自动保存于 {time} 的未保存修改。

恢复：打开这些修改（原文件不变，需要时再保存）
丢弃：删除这份自动保存
忽略：下次启动时再询问</source>
        <translation>編輯器上次未正常關閉。「{name}」有自動儲存於 {time} 的未儲存修改。

恢復：開啟這些修改（原檔案不變，需要時再儲存）
丟棄：刪除這份自動儲存
忽略：下次啟動時再詢問</translation>
    </message>
</context>
<context>
    <name>MastheadForm</name>
    <message>
        <source>刊名</source>
        <translation>刊名</translation>
    </message>
    <message>
        <source>年份(&amp;Y)</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>期号(&amp;N)</source>
        <translation>期號(&amp;N)</translation>
    </message>
    <message>
        <source>总期号(&amp;T)</source>
        <translation>總期號(&amp;T)</translation>
    </message>
    <message>
        <source>出刊日期(&amp;D)</source>
        <translation>出刊日期(&amp;D)</translation>
    </message>
    <message>
        <source>发布单位(&amp;I)</source>
        <translation>發佈單位(&amp;I)</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>日处理能力</source>
        <translation>日處理能力</translation>
    </message>
    <message>
        <source>装机容量</source>
        <translation>裝機容量</translation>
    </message>
    <message>
        <source>年发电量</source>
        <translation>年發電量</translation>
    </message>
    <message>
        <source>年节能量</source>
        <translation>年節能量</translation>
    </message>
    <message>
        <source>二氧化碳减排</source>
        <translation>二氧化碳減排</translation>
    </message>
    <message>
        <source>总投资</source>
        <translation>總投資</translation>
    </message>
</context>
<context>
    <name>NewsSectionForm</name>
    <message>
        <source>本栏目共 {count} 条。在左侧大纲中选择一条进行编辑。</source>
        <translation>本欄目共 {count} 條。在左側大綱中選擇一條進行編輯。</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>（未填写）</source>
        <translation>（未填寫）</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>大纲</source>
        <translation>大綱</translation>
    </message>
</context>
<context>
    <name>Parts</name>
    <message>
        <source>报头</source>
        <translation>報頭</translation>
    </message>
    <message>
        <source>结尾</source>
        <translation>結尾</translation>
    </message>
    <message>
        <source>版记</source>
        <translation>版記</translation>
    </message>
    <message>
        <source>项目{number}</source>
        <translation>專案{number}</translation>
    </message>
    <message>
        <source>第{number}条</source>
        <translation>第{number}條</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>适合宽度</source>
        <translation>適合寬度</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>整頁</translation>
    </message>
    <message>
        <source>页面预览</source>
        <translation>頁面預覽</translation>
    </message>
    <message>
        <source>缩放</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <source>共 {count} 页</source>
        <translation>共 {count} 頁</translation>
    </message>
    <message>
        <source>无法预览：本期的版式不能使用（见“问题”面板的“版式”一项）。</source>
        <translation>無法預覽：本期的版式不能使用（見「問題」面板的「版式」一項）。</translation>
    </message>
    <message>
        <source>导出预览 PDF</source>
        <translation>匯出預覽 PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>问题列表</source>
        <translation>問題清單</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>修正</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>把这条审阅意见标记为已解决</source>
        <translation>把這條審閱意見標記為已解決</translation>
    </message>
    <message>
        <source>{author}（{date}）：{text}</source>
        <translation>{author}（{date}）：{text}</translation>
    </message>
    <message>
        <source>审阅意见</source>
        <translation>審閱意見</translation>
    </message>
    <message>
        <source>问题（{errors} 个错误，{warnings} 个警告）</source>
        <translation>問題（{errors} 個錯誤，{warnings} 個警告）</translation>
    </message>
    <message>
        <source>{tool}：只改这一处</source>
        <translation>{tool}：只改這一處</translation>
    </message>
    <message>
        <source>这个问题需要手工修改</source>
        <translation>這個問題需要手工修改</translation>
    </message>
    <message>
        <source>审阅意见已解决</source>
        <translation>審閱意見已解決</translation>
    </message>
    <message>
        <source>{tool}（此处）</source>
        <translation>{tool}（此處）</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>新建期刊</source>
        <translation>新增期刊</translation>
    </message>
    <message>
        <source>版式</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>本期使用的版式(&amp;P)：</source>
        <translation>本期使用的版式(&amp;P)：</translation>
    </message>
    <message>
        <source>更换(&amp;C)</source>
        <translation>更換(&amp;C)</translation>
    </message>
    <message>
        <source>{title}（{name}）</source>
        <translation>{title}（{name}）</translation>
    </message>
    <message>
        <source>{name}（无法使用）
{problem}</source>
        <translation>{name}（無法使用）
{problem}</translation>
    </message>
    <message>
        <source>新一期使用的版式(&amp;P)：</source>
        <translation>新一期使用的版式(&amp;P)：</translation>
    </message>
    <message>
        <source>更换版式</source>
        <translation>更換版式</translation>
    </message>
    <message>
        <source>新建(&amp;N)</source>
        <translation>新增(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <source>{metric}数值</source>
        <translation>{metric}數值</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>{metric}单位</source>
        <translation>{metric}單位</translation>
    </message>
    <message>
        <source>{metric}口径</source>
        <translation>{metric}口徑</translation>
    </message>
    <message>
        <source>公司(&amp;C)</source>
        <translation>公司(&amp;C)</translation>
    </message>
    <message>
        <source>项目名称(&amp;N)</source>
        <translation>專案名稱(&amp;N)</translation>
    </message>
    <message>
        <source>技术(&amp;T)</source>
        <translation>技術(&amp;T)</translation>
    </message>
    <message>
        <source>设施(&amp;F)</source>
        <translation>設施(&amp;F)</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>表述(&amp;W)</source>
        <translation>表述(&amp;W)</translation>
    </message>
    <message>
        <source>印出的句子</source>
        <translation>印出的句子</translation>
    </message>
    <message>
        <source>印出效果</source>
        <translation>印出效果</translation>
    </message>
    <message>
        <source>留空则用默认表述：{wording}</source>
        <translation>留空則用預設表述：{wording}</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>审阅意见</source>
        <translation>審閱意見</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>审阅者</source>
        <translation>審閱者</translation>
    </message>
    <message>
        <source>建议的修改</source>
        <translation>建議的修改</translation>
    </message>
    <message>
        <source>直接修改</source>
        <translation>直接修改</translation>
    </message>
    <message>
        <source>（无法对应）</source>
        <translation>（無法對應）</translation>
    </message>
    <message>
        <source>接受(&amp;A)</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>拒绝(&amp;R)</source>
        <translation>拒絕(&amp;R)</translation>
    </message>
    <message>
        <source>全部接受</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <source>未采用（固定文字或无法对应，请手工处理）：</source>
        <translation>未採用（固定文字或無法對應，請手工處理）：</translation>
    </message>
    <message>
        <source>接受审阅修改：{place}</source>
        <translation>接受審閱修改：{place}</translation>
    </message>
    <message>
        <source>导入审阅意见</source>
        <translation>匯入審閱意見</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word 文件 (*.docx)</translation>
    </message>
    <message>
        <source>无法导入审阅意见</source>
        <translation>無法匯入審閱意見</translation>
    </message>
    <message>
        <source>导入审阅批注</source>
        <translation>匯入審閱批註</translation>
    </message>
    <message>
        <source>-审阅稿</source>
        <translation>-審閱稿</translation>
    </message>
    <message>
        <source>审阅稿.docx</source>
        <translation>審閱稿.docx</translation>
    </message>
    <message>
        <source>导出审阅稿</source>
        <translation>匯出審閱稿</translation>
    </message>
    <message>
        <source>本期还有 {count} 个错误（见“问题”面板），改正后再导出审阅稿。</source>
        <translation>本期還有 {count} 個錯誤（見「問題」面板），改正後再匯出審閱稿。</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>已导出审阅稿 {path}</source>
        <translation>已匯出審閱稿 {path}</translation>
    </message>
</context>
<context>
    <name>TextTools</name>
    <message>
        <source>清除拼音注音</source>
        <translation>清除拼音注音</translation>
    </message>
    <message>
        <source>中文标点改为全角</source>
        <translation>中文標點改為全形</translation>
    </message>
    <message>
        <source>繁体转简体</source>
        <translation>繁體轉簡體</translation>
    </message>
    <message>
        <source>简体转繁体</source>
        <translation>簡體轉繁體</translation>
    </message>
    <message>
        <source>清除控制字符</source>
        <translation>清除控制字元</translation>
    </message>
    <message>
        <source>删除中文中的空格</source>
        <translation>刪除中文中的空格</translation>
    </message>
    <message>
        <source>范围改用连接号</source>
        <translation>範圍改用連接號</translation>
    </message>
    <message>
        <source>{tool}（选中文字）</source>
        <translation>{tool}（選取文字）</translation>
    </message>
</context>
</TS>
