<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="zh_CN">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>确认警告</source>
        <translation>確認警告</translation>
    </message>
    <message>
        <source>备注（为什么这个数字没有问题）(&amp;N)：</source>
        <translation>備註（為什麼這個數字沒有問題）(&amp;N)：</translation>
    </message>
</context>
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
    <name>ArchiveDock</name>
    <message>
        <source>期刊库</source>
        <translation>期刊庫</translation>
    </message>
    <message>
        <source>期刊库面板(&amp;K)</source>
        <translation>期刊庫面板(&amp;K)</translation>
    </message>
    <message>
        <source>选择文件夹(&amp;K)…</source>
        <translation>選擇資料夾(&amp;K)…</translation>
    </message>
    <message>
        <source>搜索各期（简体、繁体均可），按回车</source>
        <translation>搜尋各期（簡體、繁體均可），按 Enter</translation>
    </message>
    <message>
        <source>搜索期刊库</source>
        <translation>搜尋期刊庫</translation>
    </message>
    <message>
        <source>期刊库中的各期</source>
        <translation>期刊庫中的各期</translation>
    </message>
    <message>
        <source>尚未选择期刊库文件夹</source>
        <translation>尚未選擇期刊庫資料夾</translation>
    </message>
    <message>
        <source>选择期刊库文件夹</source>
        <translation>選擇期刊庫資料夾</translation>
    </message>
    <message>
        <source>期号</source>
        <translation>期號</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>第一条标题</source>
        <translation>第一條標題</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>无法读取</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>{errors} 个错误，{warnings} 个警告</source>
        <translation>{errors} 個錯誤，{warnings} 個警告</translation>
    </message>
    <message>
        <source>；跨期 {errors} 个错误，{warnings} 个警告</source>
        <translation>；跨期 {errors} 個錯誤，{warnings} 個警告</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>正在搜索…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>没有找到“{query}”</source>
        <translation>沒有找到「{query}」</translation>
    </message>
    <message>
        <source>共找到 {total} 处，只列出前 {shown} 处；请多加一个词缩小范围</source>
        <translation>共找到 {total} 處，只列出前 {shown} 處；請多加一個詞縮小範圍</translation>
    </message>
    <message>
        <source>新建下一期</source>
        <translation>新增下一期</translation>
    </message>
    <message>
        <source>请先选择期刊库文件夹（文件 › 期刊库）。</source>
        <translation>請先選擇期刊庫資料夾（檔案 › 期刊庫）。</translation>
    </message>
    <message>
        <source>正在读取期刊库…</source>
        <translation>正在讀取期刊庫…</translation>
    </message>
    <message>
        <source>{folder}: 期刊库文件夹不存在；请点“选择文件夹”另选</source>
        <translation>{folder}: 期刊庫資料夾不存在；請點「選擇資料夾」另選</translation>
    </message>
    <message>
        <source>期刊库中有 {count} 个期刊文件无法读取，接续的期号可能与它们的期号重复；请改正这些文件，或把它们移出期刊库文件夹后重试：</source>
        <translation>期刊庫中有 {count} 個期刊檔案無法讀取，接續的期號可能與它們的期號重複；請改正這些檔案，或把它們移出期刊庫資料夾後重試：</translation>
    </message>
    <message>
        <source>……另有 {count} 个</source>
        <translation>……另有 {count} 個</translation>
    </message>
    <message>
        <source>期刊库(&amp;K)…</source>
        <translation>期刊庫(&amp;K)…</translation>
    </message>
    <message>
        <source>选择存放各期期刊文件的文件夹</source>
        <translation>選擇存放各期期刊檔案的資料夾</translation>
    </message>
    <message>
        <source>新建下一期(&amp;X)</source>
        <translation>新增下一期(&amp;X)</translation>
    </message>
    <message>
        <source>按期刊库的最后一期新建：期号接续，结尾和版记沿用</source>
        <translation>按期刊庫的最後一期新增：期號接續，結尾和版記沿用</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>自动保存已关闭：无法创建恢复文件夹 {folder}（{reason}）</source>
        <translation>自動儲存已關閉：無法創建恢復資料夾 {folder}（{reason}）</translation>
    </message>
    <message>
        <source>自动保存失败，稍后重试：{reason}</source>
        <translation>自動儲存失敗，稍後重試：{reason}</translation>
    </message>
</context>
<context>
    <name>ClosingForm</name>
    <message>
        <source>标题(&amp;G)</source>
        <translation>標題(&amp;G)</translation>
    </message>
    <message>
        <source>正文(&amp;B)</source>
        <translation>正文(&amp;B)</translation>
    </message>
    <message>
        <source>留空则用默认结尾（见下）</source>
        <translation>留空則用預設結尾（見下）</translation>
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
        <source>发(&amp;D)</source>
        <translation>發(&amp;D)</translation>
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
    <name>ExportDone</name>
    <message>
        <source>已导出 {name}</source>
        <translation>已匯出 {name}</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>開啟檔案</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>開啟所在資料夾</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>修改 {place}</source>
        <translation>修改 {place}</translation>
    </message>
    <message>
        <source>审阅意见 · {author}（{date}）：{text}</source>
        <translation>審閱意見 · {author}（{date}）：{text}</translation>
    </message>
    <message>
        <source>只能填写整数，最多 {digits} 位</source>
        <translation>只能填寫整數，最多 {digits} 位</translation>
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
        <source>在上次自动保存之后</source>
        <translation>在上次自動儲存之後</translation>
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
        <source>从剪贴板导入(&amp;B)…</source>
        <translation>從剪貼簿匯入(&amp;B)…</translation>
    </message>
    <message>
        <source>把在别处复制的文字当作文本文件导入，检查后替换当前期刊</source>
        <translation>把在別處複製的文字當作文字檔匯入，檢查後替換目前期刊</translation>
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
        <source>读入磁盘上的版本(&amp;R)</source>
        <translation>讀入磁碟上的版本(&amp;R)</translation>
    </message>
    <message>
        <source>保留这里的修改(&amp;K)</source>
        <translation>保留這裡的修改(&amp;K)</translation>
    </message>
    <message>
        <source>“{name}”已被其他程序修改（{summary}）。要重新读取吗？</source>
        <translation>「{name}」已被其他程式修改（{summary}）。要重新讀取嗎？</translation>
    </message>
    <message>
        <source>重新读取(&amp;R)</source>
        <translation>重新讀取(&amp;R)</translation>
    </message>
    <message>
        <source>不读取(&amp;N)</source>
        <translation>不讀取(&amp;N)</translation>
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
        <source>放弃(&amp;D)</source>
        <translation>放棄(&amp;D)</translation>
    </message>
    <message>
        <source>取消(&amp;C)</source>
        <translation>取消(&amp;C)</translation>
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
        <source>仍然保存(&amp;S)</source>
        <translation>仍然儲存(&amp;S)</translation>
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
        <source>丢弃(&amp;D)</source>
        <translation>丟棄(&amp;D)</translation>
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
        <source>Word 文档 (*.docx)</source>
        <translation>Word 文件 (*.docx)</translation>
    </message>
    <message>
        <source>仍然导出(&amp;E)</source>
        <translation>仍然匯出(&amp;E)</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>清除列表(&amp;C)</source>
        <translation>清除清單(&amp;C)</translation>
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
    <name>FindBar</name>
    <message>
        <source>查找内容</source>
        <translation>尋找內容</translation>
    </message>
    <message>
        <source>替换为</source>
        <translation>取代為</translation>
    </message>
    <message>
        <source>查找：</source>
        <translation>尋找：</translation>
    </message>
    <message>
        <source>替换为：</source>
        <translation>取代為：</translation>
    </message>
    <message>
        <source>上一处</source>
        <translation>上一處</translation>
    </message>
    <message>
        <source>上一处（Shift+Enter、Shift+F3）</source>
        <translation>上一處（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <source>下一处</source>
        <translation>下一處</translation>
    </message>
    <message>
        <source>下一处（Enter、F3）</source>
        <translation>下一處（Enter、F3）</translation>
    </message>
    <message>
        <source>替换(&amp;L)</source>
        <translation>取代(&amp;L)</translation>
    </message>
    <message>
        <source>替换选中的这一处，再到下一处</source>
        <translation>取代選取的這一處，再到下一處</translation>
    </message>
    <message>
        <source>全部替换(&amp;A)</source>
        <translation>全部取代(&amp;A)</translation>
    </message>
    <message>
        <source>替换范围内的每一处，一步可撤销</source>
        <translation>取代範圍內的每一處，一步可復原</translation>
    </message>
    <message>
        <source>区分大小写(&amp;M)</source>
        <translation>區分大小寫(&amp;M)</translation>
    </message>
    <message>
        <source>只对英文字母有意义</source>
        <translation>只對英文字母有意義</translation>
    </message>
    <message>
        <source>简繁通用(&amp;J)</source>
        <translation>簡繁通用(&amp;J)</translation>
    </message>
    <message>
        <source>查“双碳”也找到“雙碳”，反之亦然</source>
        <translation>查「雙碳」也找到「双碳」，反之亦然</translation>
    </message>
    <message>
        <source>仅限当前部分(&amp;K)</source>
        <translation>僅限目前部分(&amp;K)</translation>
    </message>
    <message>
        <source>只在打开查找时大纲中选中的部分里查找</source>
        <translation>只在開啟尋找時大綱中選取的部分裡尋找</translation>
    </message>
    <message>
        <source>关闭查找</source>
        <translation>關閉尋找</translation>
    </message>
    <message>
        <source>关闭查找（Esc）</source>
        <translation>關閉尋找（Esc）</translation>
    </message>
    <message>
        <source>没有找到</source>
        <translation>沒有找到</translation>
    </message>
    <message>
        <source>第 {n}/{count} 处</source>
        <translation>第 {n}/{count} 處</translation>
    </message>
    <message>
        <source>共 {count} 处</source>
        <translation>共 {count} 處</translation>
    </message>
    <message>
        <source>这一处是数值，替换后不是数字，未替换</source>
        <translation>這一處是數值，取代後不是數字，未取代</translation>
    </message>
    <message>
        <source>替换“{text}”</source>
        <translation>取代「{text}」</translation>
    </message>
    <message>
        <source>全部替换 {count} 处</source>
        <translation>全部取代 {count} 處</translation>
    </message>
    <message>
        <source>已替换 {count} 处</source>
        <translation>已取代 {count} 處</translation>
    </message>
    <message>
        <source>；{count} 处是数值，替换后不是数字，未替换</source>
        <translation>；{count} 處是數值，取代後不是數字，未取代</translation>
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
        <source>已确认</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>{severity}：{message}</source>
        <translation>{severity}：{message}</translation>
    </message>
    <message>
        <source>{metric} {value}{unit} 大得不合理，请核对数值和单位</source>
        <translation>{metric} {value}{unit} 大得不合理，請核對數值和單位</translation>
    </message>
    <message>
        <source>{metric}不能为负数（现为 {value}）</source>
        <translation>{metric}不能為負數（現為 {value}）</translation>
    </message>
    <message>
        <source>{metric}为 0 没有意义；请填写实际数值或删除该指标</source>
        <translation>{metric}為 0 沒有意義；請填寫實際數值或刪除該指標</translation>
    </message>
    <message>
        <source>{metric}为 {value}，而{issue}（{file}）中同一项目为 {earlier}；如为更正，请在表述中注明“更正”，否则请核对</source>
        <translation>{metric}為 {value}，而{issue}（{file}）中同一專案為 {earlier}；如為更正，請在表述中註明「更正」，否則請核對</translation>
    </message>
    <message>
        <source>{metric}最多保留 {decimals} 位小数</source>
        <translation>{metric}最多保留 {decimals} 位小數</translation>
    </message>
    <message>
        <source>{metric}没有口径，请清空“{basis}”</source>
        <translation>{metric}沒有口徑，請清空「{basis}」</translation>
    </message>
    <message>
        <source>{metric}的单位“{unit}”不可用，请选择：{units}</source>
        <translation>{metric}的單位「{unit}」不可用，請選擇：{units}</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>{slip}；请核对</source>
        <translation>{slip}；請核對</translation>
    </message>
    <message>
        <source>“{shown}”是 {char}，形似汉字而不是汉字，检索和换字体时会出错；请换成普通的“{right}”，或用“工具 › 清除不可见字符和形似字”</source>
        <translation>「{shown}」是 {char}，形似漢字而不是漢字，檢索和換字體時會出錯；請換成普通的「{right}」，或用「工具 › 清除不可見字元和形似字」</translation>
    </message>
    <message>
        <source>“{shown}”是 {char}，形似汉字而不是汉字；请换成应有的汉字</source>
        <translation>「{shown}」是 {char}，形似漢字而不是漢字；請換成應有的漢字</translation>
    </message>
    <message>
        <source>“{text}”不是数字</source>
        <translation>「{text}」不是數字</translation>
    </message>
    <message>
        <source>“{text}”不是数字，请只填写数字（可带小数点、千位分隔符或“万”“亿”）</source>
        <translation>「{text}」不是數字，請只填寫數字（可帶小數點、千位分隔符或「萬」「億」）</translation>
    </message>
    <message>
        <source>“{text}”的千位分隔符位置不对，请写成 1,000 或 1000</source>
        <translation>「{text}」的千位分隔符位置不對，請寫成 1,000 或 1000</translation>
    </message>
    <message>
        <source>中文中有半角“&amp;”，它不是中文标点；请改为“和”“与”或“及”</source>
        <translation>中文中有半形「&amp;」，它不是中文標點；請改為「和」「與」或「及」</translation>
    </message>
    <message>
        <source>中文中有半角标点“{marks}”，应为全角</source>
        <translation>中文中有半形標點「{marks}」，應為全形</translation>
    </message>
    <message>
        <source>中文中有半角空格（{count} 处）：汉字之间、汉字与数字或外文之间不空格；请删除（如为分隔，改用逗号），或用“工具 › 删除中文中的空格”</source>
        <translation>中文中有半形空格（{count} 處）：漢字之間、漢字與數字或外文之間不空格；請刪除（如為分隔，改用逗號），或用「工具 › 刪除中文中的空格」</translation>
    </message>
    <message>
        <source>二氧化碳减排{co2}，按日处理能力{daily}全年处理约{yearly}{unit}，即每{unit}减排{per_unit}吨；此类项目通常为每{unit}{low}–{high}吨，据{source}；{verdict}</source>
        <translation>二氧化碳減排{co2}，按日處理能力{daily}全年處理約{yearly}{unit}，即每{unit}減排{per_unit}噸；此類專案通常為每{unit}{low}–{high}噸，據{source}；{verdict}</translation>
    </message>
    <message>
        <source>二氧化碳减排填写为{stated}，按年发电量×{grid}应约{expected}；{verdict}{unverified}</source>
        <translation>二氧化碳減排填寫為{stated}，按年發電量×{grid}應約{expected}；{verdict}{unverified}</translation>
    </message>
    <message>
        <source>二氧化碳减排填写为{stated}，按年节能量×燃料排放因子（{low_fuel}{low_factor}至{high_fuel}{high_factor} {unit}，{sources}）应在{low}–{high}之间；{verdict}{unverified}</source>
        <translation>二氧化碳減排填寫為{stated}，按年節能量×燃料排放因子（{low_fuel}{low_factor}至{high_fuel}{high_factor} {unit}，{sources}）應在{low}–{high}之間；{verdict}{unverified}</translation>
    </message>
    <message>
        <source>二氧化碳减排填写为{stated}，按年节能量÷{per_kwh}×{grid}应约{expected}；{verdict}{unverified}</source>
        <translation>二氧化碳減排填寫為{stated}，按年節能量÷{per_kwh}×{grid}應約{expected}；{verdict}{unverified}</translation>
    </message>
    <message>
        <source>像是单位错了一级（吨与万吨、千瓦时与万千瓦时、万千瓦时与亿千瓦时都相差1万倍）</source>
        <translation>像是單位錯了一級（噸與萬噸、千瓦時與萬千瓦時、萬千瓦時與億千瓦時都相差1萬倍）</translation>
    </message>
    <message>
        <source>像是填了碳（C）而不是二氧化碳（二氧化碳＝碳×44/12）</source>
        <translation>像是填了碳（C）而不是二氧化碳（二氧化碳＝碳×44/12）</translation>
    </message>
    <message>
        <source>像是当量值与等价值弄反了（两者相差约{swap}倍）</source>
        <translation>像是當量值與等價值弄反了（兩者相差約{swap}倍）</translation>
    </message>
    <message>
        <source>像是把年处理量填成了日处理能力（相差约365倍）；请核对</source>
        <translation>像是把年處理量填成了日處理能力（相差約365倍）；請核對</translation>
    </message>
    <message>
        <source>像是把年度数字按日填写了（相差约365倍）；请核对</source>
        <translation>像是把年度數字按日填寫了（相差約365倍）；請核對</translation>
    </message>
    <message>
        <source>出刊日期“{date}”不是真实日期，请写成 2023-09-25 这样的日期</source>
        <translation>出刊日期「{date}」不是真實日期，請寫成 2023-09-25 這樣的日期</translation>
    </message>
    <message>
        <source>出刊日期在 {date_year} 年，与报头年份 {year} 不一致</source>
        <translation>出刊日期在 {date_year} 年，與報頭年份 {year} 不一致</translation>
    </message>
    <message>
        <source>出刊日期在一年以后，请核对</source>
        <translation>出刊日期在一年以後，請核對</translation>
    </message>
    <message>
        <source>出刊日期早于上一期（{previous}）</source>
        <translation>出刊日期早於上一期（{previous}）</translation>
    </message>
    <message>
        <source>含有不可见字符 {char}（{count} 处，常见于从 PDF 粘贴）；请删除它，或用“工具 › 清除不可见字符和形似字”</source>
        <translation>含有不可見字元 {char}（{count} 處，常見於從 PDF 粘貼）；請刪除它，或用「工具 › 清除不可見字元和形似字」</translation>
    </message>
    <message>
        <source>含有分隔符 {char}（{count} 处），是粘贴带入的换行；汉字旁的请删除，其余换成普通空格，或用“工具 › 清除不可见字符和形似字”</source>
        <translation>含有分隔符 {char}（{count} 處），是粘貼帶入的換行；漢字旁的請刪除，其餘換成普通空格，或用「工具 › 清除不可見字元和形似字」</translation>
    </message>
    <message>
        <source>含有控制字符（常见于从 PDF 粘贴），请用“工具 › 清除控制字符”删除</source>
        <translation>含有控制字元（常見於從 PDF 粘貼），請用「工具 › 清除控制字元」刪除</translation>
    </message>
    <message>
        <source>含有方向控制字符 {char}（{count} 处）：它不显示，却使打印出的文字顺序颠倒；请删除它，或用“工具 › 清除不可见字符和形似字”</source>
        <translation>含有方向控制字元 {char}（{count} 處）：它不顯示，卻使列印出的文字順序顛倒；請刪除它，或用「工具 › 清除不可見字元和形似字」</translation>
    </message>
    <message>
        <source>含有替换字符 {char}（{count} 处）：原来的字在转换中已丢失；请删除它，换成应有的字</source>
        <translation>含有替換字元 {char}（{count} 處）：原來的字在轉換中已丟失；請刪除它，換成應有的字</translation>
    </message>
    <message>
        <source>含有特殊空格 {char}（{count} 处）；汉字旁的请删除，其余换成普通空格，或用“工具 › 清除不可见字符和形似字”</source>
        <translation>含有特殊空格 {char}（{count} 處）；漢字旁的請刪除，其餘換成普通空格，或用「工具 › 清除不可見字元和形似字」</translation>
    </message>
    <message>
        <source>含有私用区字符 {char}（{count} 处）：PDF 字体自造的字形，别处显示不出；请删除它，换成应有的字</source>
        <translation>含有私用區字元 {char}（{count} 處）：PDF 字體自造的字形，別處顯示不出；請刪除它，換成應有的字</translation>
    </message>
    <message>
        <source>已确认（备注：{note}）：{warning}</source>
        <translation>已確認（備註：{note}）：{warning}</translation>
    </message>
    <message>
        <source>总期号 {number} 与上一期 {file} 的总期号相同，应大于它</source>
        <translation>總期號 {number} 與上一期 {file} 的總期號相同，應大於它</translation>
    </message>
    <message>
        <source>总期号 {number} 过大，最多 {digits} 位</source>
        <translation>總期號 {number} 過大，最多 {digits} 位</translation>
    </message>
    <message>
        <source>期号 {number} 过大，最多 {digits} 位</source>
        <translation>期號 {number} 過大，最多 {digits} 位</translation>
    </message>
    <message>
        <source>期号与上一期 {file} 相同（{previous}），请核对</source>
        <translation>期號與上一期 {file} 相同（{previous}），請核對</translation>
    </message>
    <message>
        <source>；所用因子未经原文核实：{unverified_factors}</source>
        <translation>；所用因子未經原文核實：{unverified_factors}</translation>
    </message>
    <message>
        <source>年份 {year} 不合理，请填写四位年份，如 2023</source>
        <translation>年份 {year} 不合理，請填寫四位年份，如 2023</translation>
    </message>
    <message>
        <source>年份 {year} 早于上一期的 {previous}</source>
        <translation>年份 {year} 早於上一期的 {previous}</translation>
    </message>
    <message>
        <source>年发电量超过装机容量全年满发的上限，请核对数值和单位</source>
        <translation>年發電量超過裝機容量全年滿發的上限，請核對數值和單位</translation>
    </message>
    <message>
        <source>年节能量填写为{stated}，按年发电量×{per_kwh}应约{expected}；{verdict}{unverified}</source>
        <translation>年節能量填寫為{stated}，按年發電量×{per_kwh}應約{expected}；{verdict}{unverified}</translation>
    </message>
    <message>
        <source>总期号 {number} 应大于上一期的总期号 {previous}</source>
        <translation>總期號 {number} 應大於上一期的總期號 {previous}</translation>
    </message>
    <message>
        <source>总期号不应小于当年期号</source>
        <translation>總期號不應小於當年期號</translation>
    </message>
    <message>
        <source>总期号从上一期的 {previous} 跳到 {number}，缺总{gap}；请核对</source>
        <translation>總期號從上一期的 {previous} 跳到 {number}，缺總{gap}；請核對</translation>
    </message>
    <message>
        <source>总期号须为正整数，现为 {number}</source>
        <translation>總期號須為正整數，現為 {number}</translation>
    </message>
    <message>
        <source>按 Word 版面每行 {ems} 字估算，本段末行只有“{line}”，审稿时会被标出；请增删几个字</source>
        <translation>按 Word 版面每行 {ems} 字估算，本段末行只有「{line}」，審稿時會被標出；請增刪幾個字</translation>
    </message>
    <message>
        <source>按装机容量{capacity}和年发电量{generation}，年利用小时数为{hours}小时，{technology}通常为{low}–{high}小时，据{source}；{verdict}</source>
        <translation>按裝機容量{capacity}和年發電量{generation}，年利用小時數為{hours}小時，{technology}通常為{low}–{high}小時，據{source}；{verdict}</translation>
    </message>
    <message>
        <source>新的一年（{year}）期号应从 1 开始，现为 {number}</source>
        <translation>新的一年（{year}）期號應從 1 開始，現為 {number}</translation>
    </message>
    <message>
        <source>期号 {number} 小于上一期的期号 {previous}</source>
        <translation>期號 {number} 小於上一期的期號 {previous}</translation>
    </message>
    <message>
        <source>期号与上一期相同（{previous}），请核对</source>
        <translation>期號與上一期相同（{previous}），請核對</translation>
    </message>
    <message>
        <source>期号从上一期的 {previous} 跳到 {number}，缺{gap}；请核对期号</source>
        <translation>期號從上一期的 {previous} 跳到 {number}，缺{gap}；請核對期號</translation>
    </message>
    <message>
        <source>期号须为正整数，现为 {number}</source>
        <translation>期號須為正整數，現為 {number}</translation>
    </message>
    <message>
        <source>未知字段“{key}”，本程序不使用它，保存时原样保留</source>
        <translation>未知字段「{key}」，本程式不使用它，儲存時原樣保留</translation>
    </message>
    <message>
        <source>未知指标“{key}”；可用指标：{known}</source>
        <translation>未知指標「{key}」；可用指標：{known}</translation>
    </message>
    <message>
        <source>未选择减排口径（{bases}），二氧化碳减排量无法按排放因子核对；请在项目中选择减排口径</source>
        <translation>未選擇減排口徑（{bases}），二氧化碳減排量無法按排放因子核對；請在專案中選擇減排口徑</translation>
    </message>
    <message>
        <source>本栏目没有内容</source>
        <translation>本欄目沒有內容</translation>
    </message>
    <message>
        <source>条目过多：本栏目有 {count} 条，超过 {limit} 条上限；请分期刊发</source>
        <translation>條目過多：本欄目有 {count} 條，超過 {limit} 條上限；請分期刊發</translation>
    </message>
    <message>
        <source>标题与{issue}（{file}）中的一条相同；请核对是否重复刊发</source>
        <translation>標題與{issue}（{file}）中的一條相同；請核對是否重複刊發</translation>
    </message>
    <message>
        <source>标题中有半角空格（{count} 处）：汉字之间、汉字与数字或外文之间不空格；请删除（如为分隔，改用逗号），或用“工具 › 删除中文中的空格”</source>
        <translation>標題中有半形空格（{count} 處）：漢字之間、漢字與數字或外文之間不空格；請刪除（如為分隔，改用逗號），或用「工具 › 刪除中文中的空格」</translation>
    </message>
    <message>
        <source>此前的确认针对“{acknowledged_for}”，数值已改变；请核对：{warning}</source>
        <translation>此前的確認針對「{acknowledged_for}」，數值已改變；請核對：{warning}</translation>
    </message>
    <message>
        <source>残留拼音注音 {shown}（共 {count} 处），请删除括号中的拼音</source>
        <translation>殘留拼音注音 {shown}（共 {count} 處），請刪除括號中的拼音</translation>
    </message>
    <message>
        <source>减排口径“{basis}”不可用，请选择：{bases}</source>
        <translation>減排口徑「{basis}」不可用，請選擇：{bases}</translation>
    </message>
    <message>
        <source>没有名为“{check}”的检查，这条确认不起作用；可用：{checks}</source>
        <translation>沒有名為「{check}」的檢查，這條確認不起作用；可用：{checks}</translation>
    </message>
    <message>
        <source>约为预期的{ratio}倍，{slip}；请核对</source>
        <translation>約為預期的{ratio}倍，{slip}；請核對</translation>
    </message>
    <message>
        <source>约为预期的{ratio}倍，超出±{tolerance}的容差；请核对数值、单位和所用因子</source>
        <translation>約為預期的{ratio}倍，超出±{tolerance}的容差；請核對數值、單位和所用因子</translation>
    </message>
    <message>
        <source>范围“{written}”用了半字线“-”，应为“{right}”这样的连接号；请改正，或用“工具 › 范围改用连接号”</source>
        <translation>範圍「{written}」用了半字線「-」，應為「{right}」這樣的連接號；請改正，或用「工具 › 範圍改用連接號」</translation>
    </message>
    <message>
        <source>范围“{written}”等 {count} 处用了半字线“-”，应为“{right}”这样的连接号；请改正，或用“工具 › 范围改用连接号”</source>
        <translation>範圍「{written}」等 {count} 處用了半字線「-」，應為「{right}」這樣的連接號；請改正，或用「工具 › 範圍改用連接號」</translation>
    </message>
    <message>
        <source>表述中的占位符“{placeholder}”不认识；可用：{known}</source>
        <translation>表述中的佔位符「{placeholder}」不認識；可用：{known}</translation>
    </message>
    <message>
        <source>表述中直接写了数字；数值请填在指标中，用占位符引用</source>
        <translation>表述中直接寫了數字；數值請填在指標中，用佔位符引用</translation>
    </message>
    <message>
        <source>表述用到了{placeholder}，但没有填写{field}</source>
        <translation>表述用到了{placeholder}，但沒有填寫{field}</translation>
    </message>
    <message>
        <source>表述用到了{placeholder}，但没有填写{metric}</source>
        <translation>表述用到了{placeholder}，但沒有填寫{metric}</translation>
    </message>
    <message>
        <source>请填写公司名称</source>
        <translation>請填寫公司名稱</translation>
    </message>
    <message>
        <source>请填写出刊日期，如 2023-09-25</source>
        <translation>請填寫出刊日期，如 2023-09-25</translation>
    </message>
    <message>
        <source>请填写发布单位</source>
        <translation>請填寫發佈單位</translation>
    </message>
    <message>
        <source>请填写年份</source>
        <translation>請填寫年份</translation>
    </message>
    <message>
        <source>请填写数值</source>
        <translation>請填寫數值</translation>
    </message>
    <message>
        <source>请填写期号</source>
        <translation>請填寫期號</translation>
    </message>
    <message>
        <source>请填写项目名称</source>
        <translation>請填寫專案名稱</translation>
    </message>
    <message>
        <source>请核对日处理能力、二氧化碳减排和单位</source>
        <translation>請核對日處理能力、二氧化碳減排和單位</translation>
    </message>
    <message>
        <source>请核对装机容量、年发电量和单位</source>
        <translation>請核對裝機容量、年發電量和單位</translation>
    </message>
    <message>
        <source>请选择{metric}的口径：{bases}</source>
        <translation>請選擇{metric}的口徑：{bases}</translation>
    </message>
    <message>
        <source>这一条只有标题，没有正文</source>
        <translation>這一條只有標題，沒有正文</translation>
    </message>
    <message>
        <source>这一条是空的，请填写或删除</source>
        <translation>這一條是空的，請填寫或刪除</translation>
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
        <source>出刊日期：{date}</source>
        <translation>出刊日期：{date}</translation>
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
        <source>版记：{text}</source>
        <translation>版記：{text}</translation>
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
        <source>另清除不可见字符、特殊空格，换掉形似汉字的字符 {count} 个</source>
        <translation>另清除不可見字元、特殊空格，換掉形似漢字的字元 {count} 個</translation>
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
        <source>剪贴板里没有文字：请先在别处复制要导入的文字，再从剪贴板导入</source>
        <translation>剪貼簿裡沒有文字：請先在別處複製要匯入的文字，再從剪貼簿匯入</translation>
    </message>
    <message>
        <source>剪贴板里的文字超过 {size}：请分几次导入，或存成文本文件再导入</source>
        <translation>剪貼簿裡的文字超過 {size}：請分幾次匯入，或存成文字檔再匯入</translation>
    </message>
    <message>
        <source>剪贴板的文字</source>
        <translation>剪貼簿的文字</translation>
    </message>
    <message>
        <source>正在导入 {name}…</source>
        <translation>正在匯入 {name}…</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>标题(&amp;L)</source>
        <translation>標題(&amp;L)</translation>
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
        <source>撤销 {action}(&amp;Z)</source>
        <translation>復原 {action}(&amp;Z)</translation>
    </message>
    <message>
        <source>撤销(&amp;Z)</source>
        <translation>復原(&amp;Z)</translation>
    </message>
    <message>
        <source>重做 {action}(&amp;Y)</source>
        <translation>重做 {action}(&amp;Y)</translation>
    </message>
    <message>
        <source>重做(&amp;Y)</source>
        <translation>重做(&amp;Y)</translation>
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
        <source>查找(&amp;F)…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>在整期中查找文字</source>
        <translation>在整期中尋找文字</translation>
    </message>
    <message>
        <source>替换(&amp;R)…</source>
        <translation>取代(&amp;R)…</translation>
    </message>
    <message>
        <source>在整期中查找并替换文字</source>
        <translation>在整期中尋找並取代文字</translation>
    </message>
    <message>
        <source>查找下一处(&amp;N)</source>
        <translation>尋找下一處(&amp;N)</translation>
    </message>
    <message>
        <source>查找上一处(&amp;V)</source>
        <translation>尋找上一處(&amp;V)</translation>
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
        <source>恢复(&amp;R)</source>
        <translation>恢復(&amp;R)</translation>
    </message>
    <message>
        <source>丢弃(&amp;D)</source>
        <translation>丟棄(&amp;D)</translation>
    </message>
    <message>
        <source>忽略(&amp;I)</source>
        <translation>忽略(&amp;I)</translation>
    </message>
    <message>
        <source>另有 {count} 份未保存的修改，下次启动编辑器时再询问</source>
        <translation>另有 {count} 份未儲存的修改，下次啟動編輯器時再詢問</translation>
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
        <source>总期号(&amp;O)</source>
        <translation>總期號(&amp;O)</translation>
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
    <message>
        <source>有未解决的审阅意见</source>
        <translation>有未解決的審閱意見</translation>
    </message>
    <message>
        <source>条目只能在本栏目内拖动</source>
        <translation>條目只能在本欄目內拖曳</translation>
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
    <name>Places</name>
    <message>
        <source>公司</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>减排口径</source>
        <translation>減排口徑</translation>
    </message>
    <message>
        <source>出刊日期</source>
        <translation>出刊日期</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>印数</source>
        <translation>印數</translation>
    </message>
    <message>
        <source>发</source>
        <translation>發</translation>
    </message>
    <message>
        <source>发布单位</source>
        <translation>發佈單位</translation>
    </message>
    <message>
        <source>口径</source>
        <translation>口徑</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>审阅意见</source>
        <translation>審閱意見</translation>
    </message>
    <message>
        <source>导语</source>
        <translation>導語</translation>
    </message>
    <message>
        <source>已确认的警告</source>
        <translation>已確認的警告</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>总期号</source>
        <translation>總期號</translation>
    </message>
    <message>
        <source>技术</source>
        <translation>技術</translation>
    </message>
    <message>
        <source>报</source>
        <translation>報</translation>
    </message>
    <message>
        <source>报头</source>
        <translation>報頭</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>整个文件</source>
        <translation>整個檔案</translation>
    </message>
    <message>
        <source>期号</source>
        <translation>期號</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>格式版本</source>
        <translation>格式版本</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>正文第{n}段</source>
        <translation>正文第{n}段</translation>
    </message>
    <message>
        <source>版式</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>版记</source>
        <translation>版記</translation>
    </message>
    <message>
        <source>第{n}条</source>
        <translation>第{n}條</translation>
    </message>
    <message>
        <source>第{n}项</source>
        <translation>第{n}項</translation>
    </message>
    <message>
        <source>结尾</source>
        <translation>結尾</translation>
    </message>
    <message>
        <source>表述</source>
        <translation>表述</translation>
    </message>
    <message>
        <source>设施</source>
        <translation>設施</translation>
    </message>
    <message>
        <source>送</source>
        <translation>送</translation>
    </message>
    <message>
        <source>项目{n}</source>
        <translation>專案{n}</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>專案名稱</translation>
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
        <source>确认并备注…</source>
        <translation>確認並備註…</translation>
    </message>
    <message>
        <source>这个数字经核对无误：记下备注，警告不再提醒（保存在期刊文件中）</source>
        <translation>這個數字經核對無誤：記下備註，警告不再提醒（儲存在期刊檔案中）</translation>
    </message>
    <message>
        <source>显示已解决</source>
        <translation>顯示已解決</translation>
    </message>
    <message>
        <source>也列出已解决的审阅意见（可重新打开）</source>
        <translation>也列出已解決的審閱意見（可重新開啟）</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>问题面板(&amp;B)</source>
        <translation>問題面板(&amp;B)</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <source>这条审阅意见还没有解决：重新列出</source>
        <translation>這條審閱意見還沒有解決：重新列出</translation>
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
        <source>重新打开审阅意见</source>
        <translation>重新開啟審閱意見</translation>
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
        <source>减排口径(&amp;B)</source>
        <translation>減排口徑(&amp;B)</translation>
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
        <source>技术(&amp;Y)</source>
        <translation>技術(&amp;Y)</translation>
    </message>
    <message>
        <source>设施(&amp;A)</source>
        <translation>設施(&amp;A)</translation>
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
        <source>留空则用默认表述（见下）</source>
        <translation>留空則用預設表述（見下）</translation>
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
        <source>默认表述：{wording}</source>
        <translation>預設表述：{wording}</translation>
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
        <source>删除条目</source>
        <translation>刪除條目</translation>
    </message>
    <message>
        <source>修订</source>
        <translation>修訂</translation>
    </message>
    <message>
        <source>修改的全文</source>
        <translation>修改的全文</translation>
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
        <source>审阅稿中没有导出时的内容，按当前期刊比较：导出后的修改会显示为审阅修改</source>
        <translation>審閱稿中沒有匯出時的內容，按目前期刊比較：匯出後的修改會顯示為審閱修改</translation>
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
        <source>已接受 {count} 处修改（可撤销）；可以关闭本窗口。</source>
        <translation>已接受 {count} 處修改（可復原）；可以關閉本窗口。</translation>
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
        <source>不标出修改</source>
        <translation>不標出修改</translation>
    </message>
    <message>
        <source>标出自上次导出审阅稿以来的修改</source>
        <translation>標出自上次匯出審閱稿以來的修改</translation>
    </message>
    <message>
        <source>标出与上一期相比的修改（接着选择期刊文件）</source>
        <translation>標出與上一期相比的修改（接著選擇期刊檔案）</translation>
    </message>
    <message>
        <source>本期还没有在编辑器中导出过审阅稿</source>
        <translation>本期還沒有在編輯器中匯出過審閱稿</translation>
    </message>
    <message>
        <source>与哪一期相比</source>
        <translation>與哪一期相比</translation>
    </message>
    <message>
        <source>期刊文件 (*.yaml)</source>
        <translation>期刊檔案 (*.yaml)</translation>
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
        <source>清除不可见字符和形似字</source>
        <translation>清除不可見字元和形似字</translation>
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
