<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BuildPage</name>
    <message>
        <location filename="../ui/buildpage.ui" />
        <source>Step 4: build</source>
        <translation>第 4 步：构建</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;4. Build the firmware&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;4. 构建固件&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>TinyDeploy asks the template to generate a project from the model, then builds it. The log shows what the compiler says.</source>
        <translation>TinyDeploy 让模板根据模型生成项目，然后进行构建。日志中显示编译器的输出。</translation>
    </message>
    <message>
        <location />
        <source>Step status</source>
        <translation>步骤状态</translation>
    </message>
    <message>
        <location />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location />
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location />
        <source>Cancel the step</source>
        <translation>取消此步骤</translation>
    </message>
    <message>
        <location />
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location />
        <source>Retry the failed step</source>
        <translation>重试失败的步骤</translation>
    </message>
</context>
<context>
    <name>FlashPage</name>
    <message>
        <location filename="../ui/flashpage.ui" />
        <source>Step 5: flash</source>
        <translation>第 5 步：烧录</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;5. Flash the device&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;5. 烧录设备&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>The firmware is written to the board (or an emulated board is started). The port the device answers on is shown below.</source>
        <translation>固件将写入开发板（或启动仿真开发板）。设备响应所用的端口显示在下方。</translation>
    </message>
    <message>
        <location />
        <source>Step status</source>
        <translation>步骤状态</translation>
    </message>
    <message>
        <location />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location />
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location />
        <source>Cancel the step</source>
        <translation>取消此步骤</translation>
    </message>
    <message>
        <location />
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location />
        <source>Retry the failed step</source>
        <translation>重试失败的步骤</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../ui/modelpage.ui" />
        <source>Step 1: model</source>
        <translation>第 1 步：模型</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;1. Choose the model&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;1. 选择模型&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>Open a TVM Model Library Format archive (.tar, .tar.gz, .tar.xz) or an extracted archive folder, drop one on this window, or try the bundled sample: a small classifier of 8x8 handwritten digits.</source>
        <translation>打开 TVM Model Library Format 归档（.tar、.tar.gz、.tar.xz）或已解压的归档文件夹，也可以将其拖放到此窗口上，或者试用自带的示例：一个识别 8x8 像素手写数字的小型分类器。</translation>
    </message>
    <message>
        <location />
        <source>&amp;Open Model Archive…</source>
        <translation>打开模型归档(&amp;O)…</translation>
    </message>
    <message>
        <location />
        <source>Open model archive</source>
        <translation>打开模型归档</translation>
    </message>
    <message>
        <location />
        <source>&amp;Try the Sample Model</source>
        <translation>试用示例模型(&amp;T)</translation>
    </message>
    <message>
        <location />
        <source>Try the sample model</source>
        <translation>试用示例模型</translation>
    </message>
    <message>
        <location />
        <source>Opens the bundled digits classifier (float32)</source>
        <translation>打开自带的数字分类器（float32）</translation>
    </message>
    <message>
        <location />
        <source>Recent models</source>
        <translation>最近的模型</translation>
    </message>
    <message>
        <location />
        <source>Warnings about the chosen board</source>
        <translation>关于所选开发板的警告</translation>
    </message>
    <message>
        <location />
        <source>No model open yet.</source>
        <translation>尚未打开模型。</translation>
    </message>
    <message>
        <location />
        <source>Reading the archive</source>
        <translation>正在读取归档</translation>
    </message>
    <message>
        <location />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location />
        <source>Cancel reading the archive</source>
        <translation>取消读取归档</translation>
    </message>
</context>
<context>
    <name>ModelSummaryWidget</name>
    <message>
        <location filename="../ui/modelsummarywidget.ui" />
        <source>Model summary</source>
        <translation>模型概要</translation>
    </message>
    <message>
        <location />
        <source>Model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <location />
        <source>Archive path and format</source>
        <translation>归档路径和格式</translation>
    </message>
    <message>
        <location />
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location />
        <source>TVM version:</source>
        <translation>TVM 版本：</translation>
    </message>
    <message>
        <location />
        <source>Executor:</source>
        <translation>执行器：</translation>
    </message>
    <message>
        <location />
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location />
        <source>Entry point:</source>
        <translation>入口点：</translation>
    </message>
    <message>
        <location />
        <source>Runtime:</source>
        <translation>运行时：</translation>
    </message>
    <message>
        <location />
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <location />
        <source>Exported:</source>
        <translation>导出时间：</translation>
    </message>
    <message>
        <location />
        <source>Inputs and outputs:</source>
        <translation>输入和输出：</translation>
    </message>
    <message>
        <location />
        <source>Inputs and outputs</source>
        <translation>输入和输出</translation>
    </message>
    <message>
        <location />
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location />
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location />
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../ui/optionspage.ui" />
        <source>Step 3: options</source>
        <translation>第 3 步：选项</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;3. Check the options&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;3. 检查选项&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>The template asks for these settings. The defaults work for a first try; fields marked * are required. Press Deploy to generate, build, flash and run.</source>
        <translation>模板需要以下设置。首次尝试使用默认值即可；标有 * 的字段为必填项。点击“部署”即可生成、构建、烧录并运行。</translation>
    </message>
    <message>
        <location />
        <source>Template options</source>
        <translation>模板选项</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../ui/runpage.ui" />
        <source>Step 6: run</source>
        <translation>第 6 步：运行</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;6. Run the model on the device&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;6. 在设备上运行模型&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>Device information</source>
        <translation>设备信息</translation>
    </message>
    <message>
        <location />
        <source>Connecting to the device…</source>
        <translation>正在连接设备…</translation>
    </message>
    <message>
        <location />
        <source>&amp;Input:</source>
        <translation>输入(&amp;I)：</translation>
    </message>
    <message>
        <location />
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation type="vanished">选择文件(&amp;H)…</translation>
    </message>
    <message>
        <location />
        <source>Choose an input file</source>
        <translation>选择输入文件</translation>
    </message>
    <message>
        <location />
        <source>A .npy or .npz tensor, a raw .bin file, or an image (scaled to the model's input)</source>
        <translation>一个 .npy 或 .npz 张量、一个原始 .bin 文件，或一张图像（缩放到模型输入的尺寸）</translation>
    </message>
    <message>
        <location />
        <source>Runs &amp;each:</source>
        <translation>每个输入运行次数(&amp;E)：</translation>
    </message>
    <message>
        <location />
        <source>Runs per input</source>
        <translation>每个输入的运行次数</translation>
    </message>
    <message>
        <location />
        <source>Run &amp;Once</source>
        <translation>运行一次(&amp;O)</translation>
    </message>
    <message>
        <location />
        <source>Run once</source>
        <translation>运行一次</translation>
    </message>
    <message>
        <location />
        <source>Run &amp;Continuously</source>
        <translation>连续运行(&amp;C)</translation>
    </message>
    <message>
        <location />
        <source>Run continuously</source>
        <translation>连续运行</translation>
    </message>
    <message>
        <location />
        <source>Prediction</source>
        <translation>预测结果</translation>
    </message>
    <message>
        <location />
        <source>Run status</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <location />
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location />
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <location />
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location />
        <source>Latency over time</source>
        <translation>延迟随时间的变化</translation>
    </message>
    <message>
        <location />
        <source>Serial Console</source>
        <translation>串口控制台</translation>
    </message>
    <message>
        <location />
        <source>Serial console</source>
        <translation>串口控制台</translation>
    </message>
    <message>
        <location />
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location />
        <source>Choo&amp;se File…</source>
        <translation>选择文件(&amp;S)…</translation>
    </message>
    <message>
        <location />
        <source>Protocol and link</source>
        <translation>协议和连接</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation type="vanished">性能分析(&amp;P)…</translation>
    </message>
    <message>
        <location />
        <source>Profile every operator</source>
        <translation>分析每个算子</translation>
    </message>
    <message>
        <source>Profi&amp;le…</source>
        <translation type="vanished">性能分析(&amp;L)…</translation>
    </message>
    <message>
        <source>Pro&amp;file…</source>
        <translation type="vanished">性能分析(&amp;F)…</translation>
    </message>
    <message>
        <location />
        <source>Profile Opera&amp;tors…</source>
        <translation>算子性能分析(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <location filename="../ui/targetpage.ui" />
        <source>Step 2: target</source>
        <translation>第 2 步：目标</translation>
    </message>
    <message>
        <location />
        <source>&lt;h2&gt;2. Choose where it runs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;2. 选择运行位置&lt;/h2&gt;</translation>
    </message>
    <message>
        <location />
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <location />
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location />
        <source>Check &amp;Again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location />
        <source>Check the templates again</source>
        <translation>重新检查模板</translation>
    </message>
    <message>
        <location />
        <source>Template status</source>
        <translation>模板状态</translation>
    </message>
    <message>
        <location />
        <source>B&amp;oard:</source>
        <translation>开发板(&amp;O)：</translation>
    </message>
    <message>
        <location />
        <source>Board</source>
        <translation>开发板</translation>
    </message>
    <message>
        <source>Serial &amp;port:</source>
        <translation type="vanished">串口(&amp;P)：</translation>
    </message>
    <message>
        <location />
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <location />
        <source>Compatibility warning</source>
        <translation>兼容性警告</translation>
    </message>
    <message>
        <location />
        <source>&lt;b&gt;Does the model fit?&lt;/b&gt;</source>
        <translation>&lt;b&gt;模型放得下吗？&lt;/b&gt;</translation>
    </message>
    <message>
        <location />
        <source>Memory fit check</source>
        <translation>内存容量检查</translation>
    </message>
    <message>
        <location />
        <source>&amp;Serial port:</source>
        <translation>串口(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Batch</name>
    <message>
        <location filename="../src/core/batch/boardtarget.cpp" line="+12" />
        <source>emulated %1</source>
        <translation>仿真 %1</translation>
    </message>
    <message>
        <location filename="../src/core/batch/boardmatcher.cpp" line="+31" />
        <source>A batch has 1 to %1 boards, not %2.</source>
        <translation>一个批次包含 1 到 %1 块开发板，而不是 %2 块。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give "all", a number of boards or their serial numbers.</source>
        <translation>请指定 "all"、开发板数量或它们的序列号。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No boards were named.</source>
        <translation>未指定任何开发板。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give "all", a number of boards or their serial numbers separated by commas.</source>
        <translation>请指定 "all"、开发板数量或以逗号分隔的序列号。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Deploying to several boards needs the board type, to find the connected boards of that type.</source>
        <translation>部署到多块开发板需要指定开发板类型，以便找到已连接的该类型开发板。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set the board option to one of: %1.</source>
        <translation>请将开发板选项设为以下之一：%1。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No temporary folder could be created to check the package.</source>
        <translation>无法创建用于检查该包的临时文件夹。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the temporary folder can be written and the disk has room.</source>
        <translation>请检查临时文件夹是否可写、磁盘是否有空间。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The package's flash recipe cannot be read.</source>
        <translation>无法读取该包的烧录配方。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the package again with this TinyDeploy.</source>
        <translation>请用此版本的 TinyDeploy 重新制作该包。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The package does not describe its board %1 well enough to find the connected boards of that type.</source>
        <translation>该包对其开发板 %1 的描述不足，无法找到已连接的同类开发板。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Make the package again with this TinyDeploy, or flash one board at a time with --port.</source>
        <translation>请用此版本的 TinyDeploy 重新制作该包，或用 --port 逐块烧录。</translation>
    </message>
    <message>
        <location line="+49" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Emulated boards are not plugged in, so they cannot be chosen by "all" or by serial number.</source>
        <translation>仿真开发板并未实际插入，因此不能通过 "all" 或序列号来选择。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the number of emulated boards to start, e.g. 8.</source>
        <translation>请指定要启动的仿真开发板数量，例如 8。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>TinyDeploy cannot recognise %1 boards by their USB adapter, so it cannot find several of them.</source>
        <translation>TinyDeploy 无法通过 USB 适配器识别 %1 开发板，因此无法找到多块此类开发板。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Deploy to one board at a time, choosing its serial port.</source>
        <translation>请一次部署到一块开发板，并选择其串口。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No %1 board is connected (USB id %2).</source>
        <translation>未连接任何 %1 开发板（USB id %2）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plug the boards in with a data cable, then try again.</source>
        <translation>请用数据线连接开发板，然后重试。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 %2 boards were asked for, but %3 are connected: %4.</source>
        <translation>请求了 %1 块 %2 开发板，但已连接 %3 块：%4。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Plug in the missing boards, or ask for fewer.</source>
        <translation>请连接缺少的开发板，或减少请求的数量。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No connected %1 board has the serial number %2 (connected: %3).</source>
        <translation>没有已连接的 %1 开发板的序列号为 %2（已连接：%3）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the serial number, or plug that board in.</source>
        <translation>请检查序列号，或连接该开发板。</translation>
    </message>
    <message>
        <location filename="../src/core/batch/projectcopy.cpp" line="+16" />
        <source>The built project folder does not exist.</source>
        <translation>已构建的项目文件夹不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start the batch again: it builds the project first.</source>
        <translation>请重新启动批次：它会先构建项目。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The board's project folder already exists.</source>
        <translation>该开发板的项目文件夹已存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete it, or start a new batch.</source>
        <translation>请将其删除，或启动新的批次。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The built project could not be copied for this board.</source>
        <translation>无法为此开发板复制已构建的项目。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the disk has room and the folder can be written.</source>
        <translation>请检查磁盘是否有空间，以及该文件夹是否可写。</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchnames.cpp" line="+29" />
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchdeployment.cpp" line="+29" />
        <source>The batch was cancelled before this board was done.</source>
        <translation>在此开发板完成之前，批次已被取消。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retry the board, or start the batch again.</source>
        <translation>请重试该开发板，或重新启动批次。</translation>
    </message>
    <message>
        <location line="+84" />
        <source>This batch has already been started.</source>
        <translation>此批次已经启动。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The batch has no boards.</source>
        <translation>批次中没有开发板。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect the boards, or give the number of emulated boards.</source>
        <translation>请连接开发板，或指定仿真开发板的数量。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The batch folder could not be created.</source>
        <translation>无法创建批次文件夹。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the records folder can be written and the disk has room.</source>
        <translation>请检查记录文件夹是否可写，以及磁盘是否有空间。</translation>
    </message>
    <message>
        <location line="+54" />
        <source>The build did not finish.</source>
        <translation>构建未完成。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The build failed, so no board was flashed: %1</source>
        <translation>构建失败，因此未烧录任何开发板：%1</translation>
    </message>
    <message>
        <location line="+61" />
        <source>The board %1 is no longer connected: it was unplugged before its turn.</source>
        <translation>开发板 %1 已不再连接：它在轮到它之前被拔出了。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Plug it in again and press Retry.</source>
        <translation>请重新插入，然后按“重试”。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The board %1 is now %2 (was %3).</source>
        <translation>开发板 %1 现在是 %2（之前是 %3）。</translation>
    </message>
    <message>
        <location line="+87" />
        <source>The deployment did not finish.</source>
        <translation>部署未完成。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The board's outputs differ from the expected outputs: %1 of %2 agree.</source>
        <translation>开发板的输出与预期输出不同：%2 个中有 %1 个一致。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Look at the board's record; retry it, or check the model and the firmware.</source>
        <translation>请查看该开发板的记录；重试它，或检查模型和固件。</translation>
    </message>
    <message>
        <location line="+62" />
        <source>There is no board %1 in this batch.</source>
        <translation>此批次中没有开发板 %1。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Only a board that failed or was cancelled can be retried.</source>
        <translation>只有失败或已取消的开发板才能重试。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The build did not succeed, so there is nothing to flash.</source>
        <translation>构建未成功，因此没有可烧录的内容。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fix the build, then start the batch again.</source>
        <translation>请修复构建问题，然后重新启动批次。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The batch is being cancelled.</source>
        <translation>正在取消批次。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait until it has stopped, then retry the board.</source>
        <translation>请等待其停止，然后重试该开发板。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The board %1 is already in the batch.</source>
        <translation>开发板 %1 已在批次中。</translation>
    </message>
    <message>
        <location filename="../src/core/batch/batchreport.cpp" line="+118" />
        <source>Batch deployment</source>
        <translation>批量部署</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Batch deployment of %1</source>
        <translation>%1 的批量部署</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 boards: %2 passed, %3 failed, %4 cancelled. Template %5, started %6, %7 s, at most %8 at once.</source>
        <translation>%1 块开发板：%2 块通过，%3 块失败，%4 块已取消。模板 %5，开始于 %6，用时 %7 秒，最多同时 %8 块。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board</source>
        <translation>开发板</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latency (µs)</source>
        <translation>延迟（微秒）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Why boards failed</source>
        <translation>开发板失败原因</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Deploy</name>
    <message>
        <location filename="../src/core/deploy/modelstaging.cpp" line="+70" />
        <source>The folder to pack does not exist.</source>
        <translation>要打包的文件夹不存在。</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Cannot read the link.</source>
        <translation>无法读取链接。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The extracted model contains a special file (device, FIFO or socket).</source>
        <translation>解压出的模型包含特殊文件（设备、FIFO 或套接字）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only regular files, folders and links can be packed.</source>
        <translation>只能打包普通文件、文件夹和链接。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The file changed while it was packed.</source>
        <translation>文件在打包期间发生了变化。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot write the model tar for the template.</source>
        <translation>无法为模板写入模型 tar 文件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the free space and permissions of the work folder.</source>
        <translation>请检查工作文件夹的剩余空间和权限。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Cannot remove the result of an earlier staging.</source>
        <translation>无法删除之前一次准备的结果。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+80" />
        <source>Check the permissions of the work folder.</source>
        <translation>请检查工作文件夹的权限。</translation>
    </message>
    <message>
        <location line="-51" />
        <source>The standalone C runtime folder does not exist.</source>
        <translation>独立 C 运行时文件夹不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name the standalone_crt folder of a TVM build, or leave it out.</source>
        <translation>请指定 TVM 构建中的 standalone_crt 文件夹，或省略此项。</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+35" />
        <source>Cannot create the work folder.</source>
        <translation>无法创建工作文件夹。</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Check the permissions of its parent folder.</source>
        <translation>请检查其上级文件夹的权限。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The archive's runtime/ folder has no CMakeLists.txt (an older TVM release); templates that build TVM's C runtime with CMake may fail.</source>
        <translation>归档的 runtime/ 文件夹中没有 CMakeLists.txt（较旧的 TVM 版本）；用 CMake 构建 TVM C 运行时的模板可能会失败。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The archive has no runtime/ folder and no standalone C runtime folder was given: the template may need TVM's standalone C runtime (--standalone-crt DIR).</source>
        <translation>归档中没有 runtime/ 文件夹，也未指定独立 C 运行时文件夹：模板可能需要 TVM 的独立 C 运行时（--standalone-crt 文件夹）。</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymenttypes.cpp" line="+58" />
        <location filename="../src/core/deploy/deploymentsteps.cpp" line="+151" />
        <source>Generate project</source>
        <translation>生成项目</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build</source>
        <translation>构建</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash</source>
        <translation>烧录</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect to the device</source>
        <translation>连接设备</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run the model</source>
        <translation>运行模型</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentrecord.cpp" line="+65" />
        <source>Cannot create the folder for deployment records.</source>
        <translation>无法创建用于存放部署记录的文件夹。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+15" />
        <source>Check that the folder is writable and the disk is not full.</source>
        <translation>请检查文件夹是否可写，以及磁盘是否已满。</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Cannot create the record folder of the deployment.</source>
        <translation>无法创建此次部署的记录文件夹。</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+13" />
        <source>Cannot write the log of the step.</source>
        <translation>无法写入该步骤的日志。</translation>
    </message>
    <message>
        <location line="-11" />
        <location line="+13" />
        <location line="+55" />
        <source>Check that the disk is not full.</source>
        <translation>请检查磁盘是否已满。</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Cannot write the deployment record.</source>
        <translation>无法写入部署记录。</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/modelstaging.cpp" line="+14" />
        <location line="+8" />
        <source>Cannot read the model archive.</source>
        <translation>无法读取模型归档。</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Check that the file exists and is readable.</source>
        <translation>请检查文件是否存在且可读。</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deployment.cpp" line="+139" />
        <source>This deployment has already been started.</source>
        <translation>此部署已经启动。</translation>
    </message>
    <message>
        <source>A deployment starts with generate or, for a flashed project, with connect.</source>
        <translation type="vanished">部署应从生成步骤开始；对于已烧录的项目，则从连接步骤开始。</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentsettings.cpp" line="+16" />
        <source>The number of runs must be 1 to %1, not %2.</source>
        <translation>运行次数必须在 1 到 %1 之间，而不是 %2。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A deployment cannot end at "%1" before it starts at "%2".</source>
        <translation>部署的结束步骤“%1”不能早于其开始步骤“%2”。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A deployment starts with generate or, for an existing project, with build, flash or connect.</source>
        <translation>部署应从生成步骤开始；对于已有的项目，则从构建、烧录或连接步骤开始。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A deployment from a package starts at its Flash step: a package holds built firmware.</source>
        <translation>基于部署包的部署从烧录步骤开始：部署包中已包含构建好的固件。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The deployment package does not exist or is not a file.</source>
        <translation>部署包不存在或不是文件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the path of a .tdpkg file.</source>
        <translation>请指定 .tdpkg 文件的路径。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The model archive does not exist or cannot be read.</source>
        <translation>模型归档不存在或无法读取。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the path of a Model Library Format archive (.tar).</source>
        <translation>请指定 Model Library Format 归档（.tar）的路径。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The template folder does not exist.</source>
        <translation>模板文件夹不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose one of the installed templates.</source>
        <translation>请选择一个已安装的模板。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The project folder already exists.</source>
        <translation>项目文件夹已存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a new folder, or delete this one.</source>
        <translation>请选择一个新文件夹，或删除此文件夹。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The project folder does not exist.</source>
        <translation>项目文件夹不存在。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the folder of a generated and flashed project.</source>
        <translation>请指定一个已生成并已烧录的项目的文件夹。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the folder of a generated project.</source>
        <translation>请指定一个已生成的项目的文件夹。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The folder has no Project API server: it is not a generated project.</source>
        <translation>该文件夹中没有 Project API 服务器：它不是已生成的项目。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Generate a project from a template first, and give its folder.</source>
        <translation>请先用模板生成项目，然后指定其文件夹。</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deployment.cpp" line="+55" />
        <source>Cancelling.</source>
        <translation>正在取消。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The deployment is still busy; the model can run again once it has finished.</source>
        <translation>部署仍在进行中；完成后模型才能再次运行。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Wait for the current step to end, or cancel it.</source>
        <translation>请等待当前步骤结束，或取消它。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The model can run again only after the deployment has reached its Run step.</source>
        <translation>只有部署到达运行步骤后，模型才能再次运行。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deploy the model first, or retry the step that failed.</source>
        <translation>请先部署模型，或重试失败的步骤。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Running the model again (round %1).</source>
        <translation>再次运行模型（第 %1 轮）。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Only a failed deployment can be retried.</source>
        <translation>只有失败的部署才能重试。</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Attempt %1 of this step.</source>
        <translation>此步骤的第 %1 次尝试。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 started.</source>
        <translation>步骤“%1”已开始。</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Retry the step.</source>
        <translation>请重试此步骤。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 failed: %2</source>
        <translation>步骤“%1”失败：%2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 finished in %2 s.</source>
        <translation>步骤“%1”已完成，用时 %2 秒。</translation>
    </message>
    <message>
        <location line="+51" />
        <source>The deployment was cancelled during "%1".</source>
        <translation>部署在“%1”期间被取消。</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentsteps.cpp" line="-72" />
        <source>Checking and unpacking %1.</source>
        <translation>正在检查并解压 %1。</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/modelstaging.cpp" line="+17" />
        <location line="+17" />
        <source>Staging gave no result.</source>
        <translation>准备步骤没有产生结果。</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deployment.cpp" line="+33" />
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentsteps.cpp" line="+60" />
        <source>Generating the project in %1.</source>
        <translation>正在 %1 中生成项目。</translation>
    </message>
    <message>
        <location line="-84" />
        <location filename="../src/core/deploy/deploymentpackage.cpp" line="+143" />
        <source>The device's serial port is %1.</source>
        <translation>设备的串口是 %1。</translation>
    </message>
    <message>
        <location line="+301" />
        <source>No serial port is known for the device.</source>
        <translation>设备的串口未知。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The template did not report one: give the board's serial port (for example /dev/ttyACM0).</source>
        <translation>模板未报告串口：请指定开发板的串口（例如 /dev/ttyACM0）。</translation>
    </message>
    <message>
        <source>Opening %1.</source>
        <translation type="vanished">正在打开 %1。</translation>
    </message>
    <message>
        <location line="+210" />
        <source>Device: %1 on %2, model %3.</source>
        <translation>设备：%2 上的 %1，模型 %3。</translation>
    </message>
    <message>
        <location line="-100" />
        <source>median %1 us</source>
        <translation>中位数 %1 µs</translation>
    </message>
    <message>
        <location line="-240" />
        <source>The value was remembered when the project was generated; give a new value for this option.</source>
        <translation>该值是在生成项目时保存的；请为此选项指定新值。</translation>
    </message>
    <message>
        <location line="+26" />
        <location filename="../src/core/deploy/deploymentpackage.cpp" line="-31" />
        <source>The board's USB serial number is %1: the flasher addresses that board.</source>
        <translation>开发板的 USB 序列号为 %1：烧录工具将据此选择该开发板。</translation>
    </message>
    <message>
        <location line="+138" />
        <location filename="../src/core/deploy/deploymentpackage.cpp" line="+46" />
        <source>Running the model with %1.</source>
        <translation>使用 %1 运行模型。</translation>
    </message>
    <message>
        <location line="+78" />
        <source>%1 cycles</source>
        <translation>%1 个周期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>agrees with the expected output</source>
        <translation>与预期输出一致</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DIFFERS from the expected output</source>
        <translation>与预期输出不一致</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2</source>
        <comment>input name: facts about its run</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, </source>
        <comment>separator between facts</comment>
        <translation>，</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Opening %1 (%2).</source>
        <translation>正在打开 %1（%2）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/deploy/runinputs.cpp" line="+314" />
        <source>Input set "%1" has the wrong number of tensors (%2): the model on the device has %n input(s).</source>
        <translation>
            <numerusform>输入集“%1”的张量数量不对（%2）：设备上的模型有 %n 个输入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: median %2 us</source>
        <translation type="vanished">%1：中位数 %2 微秒</translation>
    </message>
    <message>
        <source>, %1 cycles</source>
        <translation type="vanished">，%1 个周期</translation>
    </message>
    <message>
        <source>, class %1</source>
        <translation type="vanished">，类别 %1</translation>
    </message>
    <message>
        <source>, agrees with the expected output</source>
        <translation type="vanished">，与预期输出一致</translation>
    </message>
    <message>
        <source>, DIFFERS from the expected output</source>
        <translation type="vanished">，与预期输出不一致</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentsteps.cpp" line="-146" />
        <source>The device has not said what it runs yet.</source>
        <translation>设备尚未报告其运行的内容。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retry the connect step.</source>
        <translation>请重试连接步骤。</translation>
    </message>
    <message numerus="yes">
        <location line="+43" />
        <source>Running %1 (%n run(s)).</source>
        <translation>
            <numerusform>正在运行 %1（%n 次）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-336" />
        <location line="+46" />
        <location line="+45" />
        <location line="+294" />
        <source>Starting the Project API server of %1.</source>
        <translation>正在启动 %1 的 Project API 服务器。</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/projectserver.cpp" line="+72" />
        <source>The server says this folder is not a template (is_template is false).</source>
        <translation>服务器报告此文件夹不是模板（is_template 为 false）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a template folder; a generated project is re-run, not generated again.</source>
        <translation>请选择模板文件夹；已生成的项目只会重新运行，不会再次生成。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The project's server still says it is a template (is_template is true).</source>
        <translation>项目的服务器仍报告它是模板（is_template 为 true）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The template's generate_project did not make a project; see the log of the generate step.</source>
        <translation>模板的 generate_project 未生成项目；请查看生成步骤的日志。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The folder is a template, not a generated project.</source>
        <translation>该文件夹是模板，而不是已生成的项目。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Generate a project from this template first, and give the project's folder.</source>
        <translation>请先用此模板生成项目，然后指定该项目的文件夹。</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+9" />
        <location line="+9" />
        <source>No Project API server is running.</source>
        <translation>没有正在运行的 Project API 服务器。</translation>
    </message>
    <message numerus="yes">
        <source>The model on the device has %n input(s), but input set "%1" has %2 tensor(s).</source>
        <translation type="vanished">
            <numerusform>设备上的模型有 %n 个输入，但输入集“%1”有 %2 个张量。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/deploy/runinputs.cpp" line="-285" />
        <source>%1 needs a model with exactly one input; this one has %2.</source>
        <translation>%1需要只有一个输入的模型；此模型有 %2 个输入。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give one .npy file per input, or an .npz file.</source>
        <translation>请为每个输入提供一个 .npy 文件，或提供一个 .npz 文件。</translation>
    </message>
    <message>
        <location line="+103" />
        <source>A raw input file</source>
        <translation>原始输入文件</translation>
    </message>
    <message>
        <location line="+19" />
        <source>An image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The model's input "%1" is not an image (shape %2).</source>
        <translation>模型的输入“%1”不是图像（形状 %2）。</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+18" />
        <source>Give an .npy file of the input's shape instead.</source>
        <translation>请改为提供与该输入形状一致的 .npy 文件。</translation>
    </message>
    <message>
        <location line="-12" />
        <source>The image has no usable pixels.</source>
        <translation>图像中没有可用的像素。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use a PNG, JPEG or BMP file.</source>
        <translation>请使用 PNG、JPEG 或 BMP 文件。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The model's input "%1" is not a grey or RGB image.</source>
        <translation>模型的输入“%1”不是灰度或 RGB 图像。</translation>
    </message>
    <message numerus="yes">
        <location line="+89" />
        <source>The file holds %1 arrays, but the model has %n input(s).</source>
        <translation>
            <numerusform>该文件包含 %1 个数组，但模型有 %n 个输入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give one array per model input.</source>
        <translation>请为每个模型输入提供一个数组。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Input "%1" of the model is %2, but the file holds %3.</source>
        <translation>模型的输入“%1”为 %2，但文件中为 %3。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Input "%1" of the model has the shape %2, but the file holds %3.</source>
        <translation>模型的输入“%1”的形状为 %2，但文件中为 %3。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give an array of the model's input shape.</source>
        <translation>请提供与模型输入形状一致的数组。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Give one tensor per model input.</source>
        <translation>请为每个模型输入提供一个张量。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Input "%1" of the model is %2, but the given tensor is %3.</source>
        <translation>模型的输入“%1”类型为 %2，但提供的张量类型为 %3。</translation>
    </message>
    <message>
        <location line="-41" />
        <location line="+44" />
        <source>Convert the input to %1 (for a quantized model, quantize it with the model's scale and zero point).</source>
        <translation>请将输入转换为 %1（对于量化模型，请使用模型的缩放因子和零点进行量化）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Input "%1" of the model takes %2 bytes, but the given tensor %3 has %4.</source>
        <translation>模型的输入“%1”需要 %2 字节，但提供的张量 %3 有 %4 字节。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give a tensor of the model's input shape.</source>
        <translation>请提供与模型输入形状一致的张量。</translation>
    </message>
    <message>
        <source>Cannot stop the device: python3 was not found.</source>
        <translation type="vanished">无法停止设备：未找到 python3。</translation>
    </message>
    <message>
        <source>Install python3, or stop it with "python3 -m tdserver stop" in the project folder.</source>
        <translation type="vanished">请安装 python3，或在项目文件夹中用“python3 -m tdserver stop”停止设备。</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/devicestopper.cpp" line="+46" />
        <source>Cannot stop the device: %1</source>
        <translation>无法停止设备：%1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Stopping the device failed.</source>
        <translation>停止设备失败。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run "python3 -m tdserver stop" in the project folder.</source>
        <translation>请在项目文件夹中运行“python3 -m tdserver stop”。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Command: %1
Exit status %2
%3</source>
        <translation>命令：%1
退出状态 %2
%3</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Cannot stop the device: the stop command did not start.</source>
        <translation>无法停止设备：停止命令未能启动。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Command: %1
%2</source>
        <translation>命令：%1
%2</translation>
    </message>
    <message numerus="yes">
        <source>The model has %n input(s), but the last input set has only %1 file(s).</source>
        <translation type="vanished">
            <numerusform>模型有 %n 个输入，但最后一个输入集只有 %1 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/deploy/samplekit.cpp" line="+55" />
        <source>The model's quantization file is unreadable; outputs are shown as raw integers.</source>
        <translation>模型的量化文件无法读取；输出将显示为原始整数。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fix or delete the file.</source>
        <translation>请修复或删除该文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+103" />
        <source>The last input set is incomplete: it has files for %1 of the model's %n input(s).</source>
        <translation>
            <numerusform>最后一个输入集不完整：模型的 %n 个输入中只有 %1 个有文件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give one .npy file per model input for each set, or one .npz file per set.</source>
        <translation>请为每个输入集中的每个模型输入提供一个 .npy 文件，或为每个输入集提供一个 .npz 文件。</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/boardcheck.cpp" line="+30" />
        <source>The board "%1" is not one of this template's boards.</source>
        <translation>开发板“%1”不在此模板的开发板之列。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose one of: %1.</source>
        <translation>请选择以下之一：%1。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Flash: %1
RAM: %2</source>
        <translation>Flash：%1
RAM：%2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The model does not fit %1: %2.</source>
        <translation>模型无法放入 %1：%2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a board with more memory, or a smaller model (an int8 model needs about a quarter of a float32 one's memory). The estimate errs on the safe side: to build anyway, skip the fit check (--no-fit-check).</source>
        <translation>请选择内存更大的开发板，或更小的模型（int8 模型所需内存约为 float32 模型的四分之一）。此估算偏保守：如仍要构建，请跳过容量检查（--no-fit-check）。</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/projectstate.cpp" line="+27" />
        <source>Cannot read what the project remembers.</source>
        <translation>无法读取项目保存的信息。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the file's permissions.</source>
        <translation>请检查该文件的权限。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>What the project remembers is unreadable.</source>
        <translation>项目保存的信息已损坏，无法读取。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete the file; then give the options and the serial port again.</source>
        <translation>请删除该文件，然后重新指定选项和串口。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file does not hold a JSON object.</source>
        <translation>该文件不包含 JSON 对象。</translation>
    </message>
    <message>
        <location line="+102" />
        <location line="+9" />
        <source>Cannot remember the project's options and serial port.</source>
        <translation>无法保存项目的选项和串口。</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Check the permissions of the project folder.</source>
        <translation>请检查项目文件夹的权限。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Check that the disk is not full and the project folder is writable.</source>
        <translation>请检查磁盘是否已满，以及项目文件夹是否可写。</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentprofile.cpp" line="+14" />
        <source>Profiling needs a host-driven project with the graph executor, and this one runs %1.</source>
        <translation>性能分析需要使用图执行器的主机驱动项目，而此项目使用 %1。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Generate a project with project_type host_driven from a graph-executor archive built with --runtime-crt-system-lib (for example digits_int8_graph.tar).</source>
        <translation>请从使用 --runtime-crt-system-lib 构建的图执行器归档（例如 digits_int8_graph.tar）生成 project_type host_driven 的项目。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The model can be profiled only on a connected device, between runs.</source>
        <translation>只能在已连接的设备上、两次运行之间对模型进行性能分析。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run the model first, and profile once the run has finished.</source>
        <translation>请先运行模型，待运行结束后再进行性能分析。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A profile times each operator at least once.</source>
        <translation>性能分析至少对每个算子计时一次。</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Profiling every operator (%n repeat(s)).</source>
        <translation>
            <numerusform>正在分析每个算子（%n 次重复）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Profile: %n operator(s), %1 us in total.</source>
        <translation>
            <numerusform>性能分析：%n 个算子，共 %1 us。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Profile failed: %1</source>
        <translation>性能分析失败：%1</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/runprotocol.cpp" line="+89" />
        <source>TinyDeploy protocol</source>
        <translation>TinyDeploy 协议</translation>
    </message>
    <message>
        <location line="+2" />
        <source>microTVM RPC, AOT executor</source>
        <translation>microTVM RPC，AOT 执行器</translation>
    </message>
    <message>
        <location line="+2" />
        <source>microTVM RPC, graph executor</source>
        <translation>microTVM RPC，图执行器</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, over the Project API transport</source>
        <translation>%1，经由 Project API 传输</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, over the serial port</source>
        <translation>%1，经由串口</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, over the serial port %2</source>
        <translation>%1，经由串口 %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This project's firmware (project_type %1) runs the model on its own and speaks neither TinyDeploy's protocol nor microTVM RPC.</source>
        <translation>此项目的固件（project_type %1）独立运行模型，既不支持 TinyDeploy 协议，也不支持 microTVM RPC。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Generate the project again with project_type host_driven.</source>
        <translation>请使用 project_type host_driven 重新生成项目。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This archive uses the AOT executor's C interface, which only runs in standalone firmware.</source>
        <translation>此归档使用 AOT 执行器的 C 接口，它只能在独立固件中运行。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Generate the project with project_type standalone, or export the model with the graph executor.</source>
        <translation>请使用 project_type standalone 生成项目，或使用图执行器导出模型。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The archive names no graph or AOT executor, so microTVM RPC cannot run it.</source>
        <translation>此归档未指定图执行器或 AOT 执行器，因此 microTVM RPC 无法运行它。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the whole model with tvmc compile --executor=graph --runtime=crt --runtime-crt-system-lib=1.</source>
        <translation>请使用 tvmc compile --executor=graph --runtime=crt --runtime-crt-system-lib=1 导出整个模型。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The archive was not built with --runtime-crt-system-lib, and microTVM RPC finds the model's functions only in the CRT system library.</source>
        <translation>此归档未使用 --runtime-crt-system-lib 构建，而 microTVM RPC 只能在 CRT 系统库中找到模型的函数。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export the model again with --runtime=crt --runtime-crt-system-lib=1.</source>
        <translation>请使用 --runtime=crt --runtime-crt-system-lib=1 重新导出模型。</translation>
    </message>
    <message>
        <location line="+86" />
        <source>The project has no extracted model (model/metadata.json) and remembers no model archive.</source>
        <translation>项目中没有解压的模型（model/metadata.json），也没有记录模型归档。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Generate the project again with TinyDeploy.</source>
        <translation>请使用 TinyDeploy 重新生成项目。</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/deploymentpackage.cpp" line="-113" />
        <source>Checking and unpacking the deployment package %1.</source>
        <translation>正在检查并解包部署包 %1。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>An option must be given as name=value, not "%1".</source>
        <translation>选项必须以 name=value 的形式给出，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Package for %1 (%2), model %3, made by TinyDeploy %4 on %5; SHA-256 %6.</source>
        <translation>适用于 %1（%2）的部署包，模型 %3，由 TinyDeploy %4 于 %5 创建；SHA-256 %6。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Flashing %1 by the package's recipe (flasher %2); no server runs, nothing is built.</source>
        <translation>正在按照部署包的烧录方案烧录 %1（烧录工具 %2）；不运行服务器，也不构建任何内容。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The package does not say how to talk to the device.</source>
        <translation>部署包未说明如何与设备通信。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the package again with this TinyDeploy.</source>
        <translation>请使用此 TinyDeploy 重新制作部署包。</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/kioskconfig.cpp" line="+57" />
        <source>The kiosk configuration does not say its "%1".</source>
        <translation>自助模式配置中未指定“%1”。</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+25" />
        <source>Make it again with "tinydeploy-cli kiosk-config".</source>
        <translation>请使用 "tinydeploy-cli kiosk-config" 重新生成。</translation>
    </message>
    <message>
        <location line="-21" />
        <source>The field "%1" of the kiosk configuration must be a text.</source>
        <translation>自助模式配置的字段“%1”必须是文本。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Put the value in double quotes.</source>
        <translation>请将该值放在双引号中。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The kiosk configuration is not valid JSON (%1 at byte %2).</source>
        <translation>自助模式配置不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The kiosk configuration must be one JSON object.</source>
        <translation>自助模式配置必须是单个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The kiosk configuration has an unknown field "%1".</source>
        <translation>自助模式配置中有未知字段“%1”。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The fields are: %1.</source>
        <translation>可用字段为：%1。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This is not a TinyDeploy kiosk configuration (its "format" is not "%1").</source>
        <translation>这不是 TinyDeploy 自助模式配置（其 "format" 不是 "%1"）。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This kiosk configuration is of version %1; this TinyDeploy reads version %2.</source>
        <translation>此自助模式配置为第 %1 版；此 TinyDeploy 可读取第 %2 版。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Use the TinyDeploy that made it, or make it again.</source>
        <translation>请使用创建它的 TinyDeploy，或重新生成。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The "options" of the kiosk configuration must be an object of option names and values.</source>
        <translation>自助模式配置中的 "options" 必须是由选项名称和值组成的对象。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write them as {"name": value, ...}.</source>
        <translation>请写成 {"name": value, ...} 的形式。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The option "%1" must be a text, a number, true or false, or a list.</source>
        <translation>选项“%1”必须是文本、数字、true 或 false，或列表。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The board is its own field of the kiosk configuration, not an option.</source>
        <translation>开发板是自助模式配置中的独立字段，而不是选项。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Move it to "board".</source>
        <translation>请将其移到 "board" 中。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The model of the kiosk configuration does not exist or cannot be read: %1.</source>
        <translation>自助模式配置中的模型不存在或无法读取：%1。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Copy the model next to the configuration, or make the configuration again.</source>
        <translation>请将模型复制到配置文件旁边，或重新生成配置。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The kiosk configuration does not exist or cannot be read.</source>
        <translation>自助模式配置不存在或无法读取。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give a .tdkiosk file made with "tinydeploy-cli kiosk-config", or a .tdpkg deployment package.</source>
        <translation>请指定用 "tinydeploy-cli kiosk-config" 生成的 .tdkiosk 文件，或 .tdpkg 部署包。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The kiosk configuration is too large to be one (%1 bytes).</source>
        <translation>该文件过大，不可能是自助模式配置（%1 字节）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give a .tdkiosk file made with "tinydeploy-cli kiosk-config".</source>
        <translation>请指定用 "tinydeploy-cli kiosk-config" 生成的 .tdkiosk 文件。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The kiosk configuration cannot be read: %1.</source>
        <translation>无法读取自助模式配置：%1。</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Could not write the kiosk configuration: %1.</source>
        <translation>无法写入自助模式配置：%1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a folder you can write to.</source>
        <translation>请选择一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The template folder of the kiosk configuration does not exist or is not a template: %1.</source>
        <translation>自助模式配置中的模板文件夹不存在或不是模板：%1。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Copy the template next to the configuration, or name an installed template.</source>
        <translation>请将模板复制到配置文件旁边，或指定一个已安装的模板。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The template "%1" is in a folder that was added but not confirmed yet.</source>
        <translation>模板“%1”位于已添加但尚未确认的文件夹中。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Confirm the folder in TinyDeploy's settings first.</source>
        <translation>请先在 TinyDeploy 的设置中确认该文件夹。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no template called "%1" on this computer.</source>
        <translation>此计算机上没有名为“%1”的模板。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Install TinyDeploy's templates.</source>
        <translation>请安装 TinyDeploy 的模板。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Known templates: %1.</source>
        <translation>已知模板：%1。</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/runagainplan.cpp" line="+20" />
        <source>The project of this record no longer exists.</source>
        <translation>此记录对应的项目已不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deploy the model again: the project folder was moved or deleted.</source>
        <translation>请重新部署模型：项目文件夹已被移动或删除。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This project was never flashed, so there is nothing on a board to run again.</source>
        <translation>此项目从未烧录过，因此开发板上没有可再次运行的内容。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deploy the model again to build and flash it.</source>
        <translation>请重新部署模型，以构建并烧录它。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The %1 with serial number %2 is not connected.</source>
        <translation>序列号为 %2 的 %1 未连接。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plug that board in (a data cable, not a charge-only one) and press Run Again.</source>
        <translation>请连接该开发板（使用数据线，而不是仅供充电的线），然后按“再次运行”。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The board is on %1 now; it was on %2.</source>
        <translation>开发板现在位于 %1；之前位于 %2。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Device</name>
    <message>
        <location filename="../src/core/device/deviceerrors.cpp" line="+53" />
        <source>The device session is busy with another request.</source>
        <translation>设备会话正忙于另一个请求。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait for the current request to finish, or cancel it.</source>
        <translation>请等待当前请求完成，或将其取消。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The serial link to the device is not open.</source>
        <translation>与设备的串行连接未打开。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect to the device first.</source>
        <translation>请先连接设备。</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../src/core/device/messages.cpp" line="+397" />
        <source>The number of runs must be 1 to %1, not %2.</source>
        <translation>运行次数必须在 1 到 %1 之间，而不是 %2。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The request to the device was cancelled.</source>
        <translation>对设备的请求已取消。</translation>
    </message>
    <message numerus="yes">
        <source>The model on the device has %n input(s), but %1 were given.</source>
        <translation type="vanished">
            <numerusform>设备上的模型有 %n 个输入，但提供了 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>The model on the device takes %n input(s), not %1.</source>
        <translation>
            <numerusform>设备上的模型需要 %n 个输入，而不是 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give one input per model input, in the model's order.</source>
        <translation>请为每个模型输入提供一个输入，顺序与模型一致。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Input %1 ('%2', %3) needs %4 bytes, but %5 bytes were given.</source>
        <translation>输入 %1（“%2”，%3）需要 %4 字节，但提供了 %5 字节。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>input %1 ('%2')</source>
        <translation>输入 %1（“%2”）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the input's shape and dtype against the model, or rebuild the firmware for this model.</source>
        <translation>请将输入的形状和数据类型与模型核对，或为此模型重新构建固件。</translation>
    </message>
    <message>
        <location line="-54" />
        <source>The device did not answer HELLO within %1 s.</source>
        <translation>设备在 %1 秒内未响应 HELLO。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The device did not acknowledge input %1 (bytes up to %2) within %3 s.</source>
        <translation>设备在 %3 秒内未确认输入 %1（截至第 %2 字节）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The device sent nothing for %1 s while running the model (%2 of %3 runs reported).</source>
        <translation>模型运行期间设备 %1 秒内未发送任何数据（已报告 %2/%3 次运行）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sent %1 bytes, received %2 bytes; %3 received bytes were not valid frames.</source>
        <translation>已发送 %1 字节，已接收 %2 字节；其中 %3 个接收字节不是有效帧。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The device sends bytes that are not TinyDeploy frames: check the baud rate and that the board runs TinyDeploy firmware.</source>
        <translation>设备发送的字节不是 TinyDeploy 帧：请检查波特率，并确认开发板运行的是 TinyDeploy 固件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the board runs TinyDeploy firmware and is on this port; reset it and try again. For long models, raise the run timeout.</source>
        <translation>请确认开发板运行 TinyDeploy 固件且连接在此端口上；复位后重试。对于运行时间较长的模型，请增大运行超时。</translation>
    </message>
    <message>
        <location filename="../src/core/device/devicesession.cpp" line="+368" />
        <source>The device reported %1: %2</source>
        <translation>设备报告 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/core/device/deviceerrors.cpp" line="+36" />
        <source>The device answered %1 with an unexpected %2 frame.</source>
        <translation>设备以意外的 %2 帧回应了 %1。</translation>
    </message>
    <message>
        <location line="-131" />
        <source>The firmware may speak another version of the device protocol: rebuild and flash it with this version's templates.</source>
        <translation>固件可能使用另一版本的设备协议：请用此版本的模板重新构建并烧录。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Bytes were lost or corrupted on the way to the device: check the cable and the baud rate, then try again.</source>
        <translation>发往设备的字节丢失或损坏：请检查线缆和波特率，然后重试。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The firmware was built for another model: rebuild and flash it for this model.</source>
        <translation>固件是为另一个模型构建的：请为此模型重新构建并烧录。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The model could not initialize on the device (for example, too little workspace memory): check the build log and the board's RAM.</source>
        <translation>模型无法在设备上初始化（例如工作内存不足）：请检查构建日志和开发板的 RAM。</translation>
    </message>
    <message>
        <location line="-16" />
        <source>The model's code returned an error on the device: check that the inputs are valid for the model and that the build is for this board.</source>
        <translation>模型代码在设备上返回错误：请检查输入对模型是否有效，以及构建是否针对此开发板。</translation>
    </message>
    <message>
        <location line="+137" />
        <source>The device reported an error: %1.</source>
        <translation>设备报告了一个错误：%1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>device error %1 (%2)</source>
        <translation>设备错误 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>%n frame(s) from the device failed the CRC check and were lost.</source>
        <translation>
            <numerusform>来自设备的 %n 个帧未通过 CRC 校验，已丢失。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the cable and the baud rate (the line is noisy), then try again.</source>
        <translation>请检查电缆和波特率（线路有噪声），然后重试。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The device acknowledged %1 bytes of input %2, but %3 bytes of input %4 were sent.</source>
        <translation>设备确认了输入 %2 的 %1 字节，但发送的是输入 %4 的 %3 字节。</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Try again; if it persists, rebuild and flash the firmware.</source>
        <translation>请重试；如果问题依旧，请重新构建并烧录固件。</translation>
    </message>
    <message>
        <location filename="../src/core/device/devicesession.cpp" line="+118" />
        <source>The device sent timings for runs %1 to %2, but %3 of %4 runs were already reported.</source>
        <translation>设备发送了第 %1 到 %2 次运行的计时，但 %4 次运行中已有 %3 次报告过。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The device sent bytes %1 to %2 of output %3, which does not fit what was expected next (output %4 from byte %5).</source>
        <translation>设备发送了输出 %3 的第 %1 到 %2 字节，与下一步预期不符（应为输出 %4，从第 %5 字节开始）。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>status %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <location filename="../src/core/device/deviceerrors.cpp" line="+32" />
        <source>The model failed on the device: %1.</source>
        <translation>模型在设备上运行失败：%1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>status %1 after %2 successful runs</source>
        <translation>成功运行 %2 次后状态为 %1</translation>
    </message>
    <message>
        <location filename="../src/core/device/devicesession.cpp" line="+12" />
        <source>The device finished after %1 of %2 runs, with %3 timings and %4 output bytes missing.</source>
        <translation>设备在 %2 次运行中的第 %1 次后结束，缺少 %3 个计时和 %4 个输出字节。</translation>
    </message>
    <message>
        <location filename="../src/core/device/messages.cpp" line="-382" />
        <source>The firmware and TinyDeploy may speak different versions of the device protocol: rebuild and flash the firmware with this version's templates.</source>
        <translation>固件与 TinyDeploy 可能使用不同版本的设备协议：请用此版本的模板重新构建并烧录固件。</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source> … (%n bytes in all)</source>
        <translation>
            <numerusform> …（共 %n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>payload: %1</source>
        <translation>负载：%1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+50" />
        <source>The %1 message from the device has text that is not valid UTF-8 in %2.</source>
        <translation>设备的 %1 消息在 %2 中包含无效的 UTF-8 文本。</translation>
    </message>
    <message numerus="yes">
        <location line="+34" />
        <source>The %1 message has %n unexpected byte(s) after its last field.</source>
        <translation>
            <numerusform>%1 消息在最后一个字段之后有 %n 个意外字节。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>The %1 message is too short: it ends inside %2 (%n byte(s) in all).</source>
        <translation>
            <numerusform>%1 消息太短：在 %2 中间结束（共 %n 字节）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69" />
        <source>The device announces tensor '%1' with the unknown dtype code %2 (known: 0 int, 1 uint, 2 float, 4 bfloat).</source>
        <translation>设备声明的张量“%1”使用未知的数据类型代码 %2（已知：0 int、1 uint、2 float、4 bfloat）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The device announces tensor '%1' with %2-bit elements; only 1, 8, 16, 32 and 64 bits are possible.</source>
        <translation>设备声明的张量“%1”元素为 %2 位；只能是 1、8、16、32 或 64 位。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The device announces tensor '%1' with %2 dimensions; at most %3 are possible.</source>
        <translation>设备声明的张量“%1”有 %2 个维度；最多允许 %3 个。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The device announces tensor '%1' with the negative dimension %2.</source>
        <translation>设备声明的张量“%1”有负维度 %2。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The device announces tensor '%1' (%2, shape [%3]) with %4 bytes; the shape needs %5.</source>
        <translation>设备声明的张量“%1”（%2，形状 [%3]）为 %4 字节；该形状需要 %5 字节。</translation>
    </message>
    <message>
        <location line="+60" />
        <source>The device speaks version %1 of the device protocol; this TinyDeploy speaks version %2.</source>
        <translation>设备使用设备协议第 %1 版；此 TinyDeploy 使用第 %2 版。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rebuild and flash the firmware with the templates of this TinyDeploy, or update TinyDeploy.</source>
        <translation>请用此 TinyDeploy 的模板重新构建并烧录固件，或更新 TinyDeploy。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The device announces a maximum payload of %1 bytes; the protocol needs at least %2.</source>
        <translation>设备声明的最大负载为 %1 字节；协议至少需要 %2 字节。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The device announces %1 inputs and %2 outputs; at most %3 of each are possible.</source>
        <translation>设备声明有 %1 个输入和 %2 个输出；每种最多允许 %3 个。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The %1 message carries no data.</source>
        <translation>%1 消息不含任何数据。</translation>
    </message>
    <message>
        <location line="+84" />
        <source>The TIMING message announces %1 runs but carries %2 bytes of latencies; each run takes %3.</source>
        <translation>TIMING 消息声明了 %1 次运行，但包含 %2 字节的延迟数据；每次运行占 %3 字节。</translation>
    </message>
    <message>
        <location filename="../src/core/device/serialportlink.cpp" line="+40" />
        <source>%1 (%2 baud)</source>
        <translation>%1（%2 波特）</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The serial port %1 does not accept %2 baud, 8N1: %3.</source>
        <translation>串口 %1 不接受 %2 波特、8N1：%3。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose a baud rate the board supports (the template's default is 115200).</source>
        <translation>请选择开发板支持的波特率（模板默认为 115200）。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The serial port %1 does not exist.</source>
        <translation>串口 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the board is plugged in and choose its port (USB boards appear as /dev/ttyACM* or /dev/ttyUSB*). An emulated board's port exists only while it runs.</source>
        <translation>请确认开发板已插入并选择其端口（USB 开发板显示为 /dev/ttyACM* 或 /dev/ttyUSB*）。仿真开发板的端口仅在其运行时存在。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Permission denied opening the serial port %1.</source>
        <translation>打开串口 %1 时权限被拒绝。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add your user to the dialout group (sudo usermod -aG dialout $USER), then log out and back in.</source>
        <translation>请将你的用户加入 dialout 组（sudo usermod -aG dialout $USER），然后注销并重新登录。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The serial port %1 is busy: another program has it open.</source>
        <translation>串口 %1 正忙：另一个程序已将其打开。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close the other program that uses %1 (a serial monitor, another TinyDeploy, ModemManager) and try again.</source>
        <translation>请关闭正在使用 %1 的其他程序（串口监视器、另一个 TinyDeploy、ModemManager）后重试。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Could not open the serial port %1: %2.</source>
        <translation>无法打开串口 %1：%2。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the port name and that the board is connected.</source>
        <translation>请检查端口名称以及开发板是否已连接。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The serial port %1 is not open.</source>
        <translation>串口 %1 未打开。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not write to the serial port %1: %2.</source>
        <translation>无法写入串口 %1：%2。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>the port was closed at the other end</source>
        <translation>端口已在另一端关闭</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The device disconnected (%1).</source>
        <translation>设备已断开连接（%1）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the cable, or whether the board reset or the emulator or host runner exited; then connect again.</source>
        <translation>请检查线缆，或开发板是否已复位、仿真器或主机运行程序是否已退出；然后重新连接。</translation>
    </message>
    <message>
        <location filename="../src/core/device/portdiscovery.cpp" line="+36" />
        <location line="+209" />
        <source>serial %1</source>
        <translation>序列号 %1</translation>
    </message>
    <message>
        <location line="-205" />
        <location line="+211" />
        <location filename="../src/core/device/portdoctor.cpp" line="+247" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-196" />
        <source>No serial port is reported by the system.</source>
        <translation>系统未报告任何串口。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial ports seen:</source>
        <translation>检测到的串口：</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Plug in the USB cable at the connector marked ST-LINK (some USB cables only charge).</source>
        <translation>请将 USB 线插入标有 ST-LINK 的接口（有些 USB 线只能充电）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Plug the board in at its DAPLink USB connector with a data cable (some USB cables only charge).</source>
        <translation>请用数据线连接开发板的 DAPLink USB 接口（有些 USB 线只能充电）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Plug the board in with a data cable (some USB cables only charge).</source>
        <translation>请用数据线连接开发板（有些 USB 线只能充电）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Then check the udev rules (Debian's openocd package installs them for ST-LINK and DAPLink probes) and that you are in the dialout group. If the port appears and vanishes at once, the brltty service took it (sudo apt remove brltty).</source>
        <translation>然后检查 udev 规则（Debian 的 openocd 软件包会为 ST-LINK 和 DAPLink 调试器安装这些规则），并确认你在 dialout 组中。如果端口出现后立即消失，说明它被 brltty 服务占用了（sudo apt remove brltty）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give the port with --port (tinydeploy-cli) or choose it in the port list.</source>
        <translation>请用 --port 指定端口（tinydeploy-cli），或在端口列表中选择。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 is gone: the board with serial number %2 is now %3.</source>
        <translation>%1 已不存在：序列号为 %2 的开发板现在是 %3。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The serial port %1 is not there, and no port has the serial number %2 of %3.</source>
        <translation>串口 %1 不存在，也没有端口带有 %3 的序列号 %2。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The serial port %1 belongs to another board (serial number %2), not to %3 with serial number %4.</source>
        <translation>串口 %1 属于另一块开发板（序列号 %2），而不是序列号为 %4 的 %3。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>That board is on %1 now: use that port.</source>
        <translation>该开发板现在位于 %1：请使用该端口。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the port of the board you mean, or give its serial number.</source>
        <translation>请选择你要使用的开发板的端口，或指定其序列号。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Choose the port of %1, or plug it in.</source>
        <translation>请选择 %1 的端口，或插入该开发板。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The ports of %1: %2.</source>
        <translation>%1 的端口：%2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The serial port %1 belongs to another device (USB %2), not to %3 (USB %4).</source>
        <translation>串口 %1 属于另一台设备（USB %2），而不是 %3（USB %4）。</translation>
    </message>
    <message>
        <location line="+94" />
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Ports that look like %1 but have another serial number: %2. Check the serial number, or choose one of them.</source>
        <translation>看起来像 %1 但序列号不同的端口：%2。请检查序列号，或从中选择一个。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No serial port has the serial number %1 of %2: the board is not plugged in.</source>
        <translation>没有串口带有 %2 的序列号 %1：开发板未插入。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 declares no USB serial port (VCP) that TinyDeploy can recognise, and no port was given.</source>
        <translation>%1 未声明 TinyDeploy 能识别的 USB 串口（VCP），且未指定端口。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No serial port of %1 is plugged in: none has USB id %2.</source>
        <translation>没有插入 %1 的串口：没有端口的 USB ID 为 %2。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Several serial ports look like %1, and none was chosen: %2.</source>
        <translation>有多个串口看起来像 %1，但未选择其中任何一个：%2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose one: give --port, or the serial_number option with the board's serial number (tinydeploy-cli), or choose it in the port list.</source>
        <translation>请选择一个：指定 --port，或用开发板的序列号设置 serial_number 选项（tinydeploy-cli），或在端口列表中选择。</translation>
    </message>
    <message>
        <location filename="../src/core/device/framedrunner.cpp" line="+44" />
        <source>TinyDeploy protocol</source>
        <translation>TinyDeploy 协议</translation>
    </message>
    <message>
        <location filename="../src/core/device/portdoctor.cpp" line="-214" />
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <location line="+61" />
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plug the board in (with a data cable), or choose the port it has now: boards get a new name when they are plugged in again.</source>
        <translation>请连接开发板（使用数据线），或选择它当前的端口：开发板重新插入后会获得新的名称。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 can be opened.</source>
        <translation>%1 可以打开。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mode %1</source>
        <translation>模式 %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>You may not open %1: it belongs to the group %2, and you are not in it.</source>
        <translation>您无权打开 %1：它属于组 %2，而您不在该组中。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>mode %1, owner uid %2, group %3 (gid %4)</source>
        <translation>模式 %1，所有者 uid %2，组 %3（gid %4）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>You may not open %1 yet: you were added to the group %2, but this login session started before that.</source>
        <translation>您暂时还不能打开 %1：您已被加入组 %2，但当前登录会话是在此之前开始的。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Log out and log in again (or restart the computer).</source>
        <translation>请注销并重新登录（或重启计算机）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Its mode gives the group no access: install TinyDeploy's udev rules (they let the logged-in user open the boards it knows), or run sudo chmod 0660 %1 for now.</source>
        <translation>其权限模式不允许该组访问：请安装 TinyDeploy 的 udev 规则（它们允许已登录的用户打开 TinyDeploy 支持的开发板），或暂时运行 sudo chmod 0660 %1。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Run: sudo usermod -aG %1 %2, then log out and log in again (the new group applies to new login sessions only).</source>
        <translation>请运行：sudo usermod -aG %1 %2，然后注销并重新登录（新组仅对新的登录会话生效）。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>ModemManager has %1 open: it takes the board for a modem.</source>
        <translation>ModemManager 占用了 %1：它把开发板误认为调制解调器。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Install TinyDeploy's udev rules (they tell ModemManager to leave the boards alone) and plug the board in again, or run: sudo systemctl disable --now ModemManager.</source>
        <translation>请安装 TinyDeploy 的 udev 规则（它们让 ModemManager 不再接管开发板）并重新插入开发板，或运行：sudo systemctl disable --now ModemManager。</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+9" />
        <location line="+10" />
        <source>held by %1</source>
        <translation>被 %1 占用</translation>
    </message>
    <message>
        <location line="-13" />
        <source>brltty (the braille display driver) has %1 open.</source>
        <translation>brltty（盲文显示器驱动程序）占用了 %1。</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+67" />
        <source>If you use no braille display, run: sudo apt remove brltty, then plug the board in again.</source>
        <translation>如果您不使用盲文显示器，请运行：sudo apt remove brltty，然后重新插入开发板。</translation>
    </message>
    <message>
        <location line="-59" />
        <source>%1 is in use by %2.</source>
        <translation>%1 正被 %2 使用。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close that program (a serial monitor, another TinyDeploy, an IDE), or end it: kill %1.</source>
        <translation>请关闭该程序（串口监视器、另一个 TinyDeploy、IDE），或将其结束：kill %1。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ModemManager is running and may open %1 for a few seconds after the board appears, which makes flashing or the first connection fail.</source>
        <translation>ModemManager 正在运行，可能会在开发板出现后的几秒内打开 %1，导致烧录或首次连接失败。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Install TinyDeploy's udev rules (they set ID_MM_DEVICE_IGNORE for the boards it knows), or run: sudo systemctl disable --now ModemManager.</source>
        <translation>请安装 TinyDeploy 的 udev 规则（它们为 TinyDeploy 支持的开发板设置 ID_MM_DEVICE_IGNORE），或运行：sudo systemctl disable --now ModemManager。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ModemManager runs as %1</source>
        <translation>ModemManager 以 %1 运行</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The USB serial adapter %1 has no serial port: brltty (the braille display driver) took it.</source>
        <translation>USB 串口适配器 %1 没有串口：它被 brltty（盲文显示器驱动程序）占用了。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>USB device %1</source>
        <translation>USB 设备 %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is on the USB bus (%2) but has no serial port.</source>
        <translation>%1 在 USB 总线上（%2），但没有串口。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The board may be in bootloader (DFU) mode, or its probe's firmware has no serial interface: reset it or update the probe's firmware, and check that the cable is a data cable.</source>
        <translation>开发板可能处于引导加载程序（DFU）模式，或其调试探针的固件没有串口接口：请复位开发板或更新探针固件，并确认所用的是数据线。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>USB device %1, serial number %2</source>
        <translation>USB 设备 %1，序列号 %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No serial port, and no board TinyDeploy knows, is on the USB bus.</source>
        <translation>USB 总线上没有串口，也没有 TinyDeploy 支持的开发板。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plug the board in. If it is plugged in and its lights are on, the cable may carry power only: try another cable (a data cable) and another USB socket.</source>
        <translation>请连接开发板。如果已连接且指示灯亮着，可能是电缆只能供电：请换一根电缆（数据线），并换一个 USB 接口。</translation>
    </message>
    <message numerus="yes">
        <location line="+37" />
        <source>%1 appeared and vanished %n time(s) while TinyDeploy watched.</source>
        <translation>
            <numerusform>在 TinyDeploy 监视期间，%1 出现又消失了 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The board keeps resetting or the cable is loose: try another cable and another USB socket (not a hub), and check that the board has enough power.</source>
        <translation>开发板不断复位，或电缆松动：请换一根电缆并换一个 USB 接口（不要用集线器），并检查开发板供电是否充足。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Format</name>
    <message>
        <location filename="../src/core/util/format.cpp" line="+18" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui</name>
    <message>
        <location filename="../src/gui/wizardcontroller.cpp" line="+119" />
        <source>The sample model is not installed.</source>
        <translation>示例模型未安装。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reinstall TinyDeploy, or open a model archive of your own.</source>
        <translation>请重新安装 TinyDeploy，或打开你自己的模型归档。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Looked in %1.</source>
        <translation>已在 %1 中查找。</translation>
    </message>
    <message>
        <source>Looked in %1/../samples and %1/../share/tinydeploy/samples.</source>
        <translation type="vanished">已在 %1/../samples 和 %1/../share/tinydeploy/samples 中查找。</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Module "%1" uses the graph executor: it needs a JSON parser and more memory on the device than the AOT executor, and our templates expect AOT.</source>
        <translation>模块“%1”使用图执行器：它需要 JSON 解析器，在设备上占用的内存也比 AOT 执行器多，而我们的模板要求使用 AOT。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The model was compiled for %1 but the board %2 has a %3: it may not build, or run slower than it could.</source>
        <translation>模型是为 %1 编译的，但开发板 %2 使用的是 %3：可能无法构建，或运行速度低于应有水平。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">已取消。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizarddeployment.cpp" line="+75" />
        <source>A deployment is in progress.</source>
        <translation>正在进行部署。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait for it to finish, or cancel it, then press Run Again.</source>
        <translation>请等待其完成或将其取消，然后按“再次运行”。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The model this project was made from no longer exists.</source>
        <translation>创建此项目所用的模型已不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put the model archive back, or open the model and deploy it again.</source>
        <translation>请将模型归档放回原处，或打开该模型并重新部署。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The template %1 of this project is not installed any more.</source>
        <translation>此项目使用的模板 %1 已不再安装。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Install the template again (Settings &gt; Template folders), or deploy the model with another template.</source>
        <translation>请重新安装该模板（设置 &gt; 模板文件夹），或使用其他模板部署模型。</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Flash the device before running the model.</source>
        <translation>请先烧录设备，再运行模型。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A run is still in progress.</source>
        <translation>仍有运行正在进行。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Connecting to the device was cancelled before the model ran.</source>
        <translation>在模型运行之前，与设备的连接已被取消。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Press Retry to deploy again.</source>
        <translation>按“重试”以重新部署。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizardstep.cpp" line="+18" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build</source>
        <translation>构建</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash</source>
        <translation>烧录</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+9" />
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+2" />
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::AboutDialog</name>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="+16" />
        <source>About TinyDeploy</source>
        <translation>关于 TinyDeploy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;h3&gt;TinyDeploy %1&lt;/h3&gt;&lt;p&gt;Deploys TVM Model Library Format models to microcontrollers through microTVM Project API templates.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TinyDeploy %1&lt;/h3&gt;&lt;p&gt;通过 microTVM Project API 模板将 TVM Model Library Format 模型部署到微控制器。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&lt;b&gt;Templates:&lt;/b&gt; not checked yet (open the Target step).</source>
        <translation>&lt;b&gt;模板：&lt;/b&gt;尚未检查（请打开“目标”步骤）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Templates:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;模板：&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Tools found:&lt;/b&gt;</source>
        <translation>&lt;b&gt;找到的工具：&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+44" />
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 (did not say its version)</source>
        <translation>%1（未报告版本）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>could not start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::BatchDialog</name>
    <message>
        <location filename="../src/gui/batchdialog.cpp" line="+47" />
        <source>Deploy to Several Boards</source>
        <translation>部署到多块开发板</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Flash Several Boards</source>
        <translation>烧录多块开发板</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Flashes the deployment package %1 into several boards, a few at a time, and checks each with the package's samples. Nothing is built. A board that fails keeps its row, with Retry.</source>
        <translation>将部署包 %1 烧录到多块开发板，每次几块，并用包中的示例逐一检查。不进行任何构建。失败的开发板保留其所在行，可点击“重试”。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Deploys %1 with %2 to several boards: the project is built once, then each board is flashed and checked, a few at a time. A board that fails keeps its row, with Retry.</source>
        <translation>使用 %2 将 %1 部署到多块开发板：项目只构建一次，然后逐块烧录并检查开发板，每次同时处理几块。失败的开发板会保留其所在行，并提供“重试”。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Emulated &amp;boards:</source>
        <translation>仿真开发板(&amp;B)：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Boards:</source>
        <translation>开发板：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>How many boards are flashed and checked at the same time.</source>
        <translation>同时烧录并检查的开发板数量。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;At once:</source>
        <translation>同时(&amp;A)：</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Boards of the batch</source>
        <translation>批次中的开发板</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add to Batc&amp;h</source>
        <translation>添加到批次(&amp;H)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;Deploy</source>
        <translation>部署(&amp;D)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Cancel All</source>
        <translation>全部取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Deploy to Several Boards…</source>
        <translation>部署到多块开发板(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <location line="+60" />
        <source>%n %1 board(s) connected.</source>
        <translation>
            <numerusform>已连接 %n 块 %1 开发板。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34" />
        <source>Building the project once…</source>
        <translation>正在构建项目（仅一次）…</translation>
    </message>
    <message>
        <location line="-1" />
        <location line="+15" />
        <source>Flashing and checking each board…</source>
        <translation>正在烧录并检查每块开发板…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry board %1</source>
        <translation>重试开发板 %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 of %2 boards passed, %3 failed, %4 cancelled.</source>
        <translation>%2 块开发板中 %1 块通过，%3 块失败，%4 块已取消。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>New board plugged in, not in this batch: %1.</source>
        <translation>插入了一块不在此批次中的新开发板：%1。</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+10" />
        <source>Export Batch Report</source>
        <translation>导出批次报告</translation>
    </message>
    <message>
        <location line="-6" />
        <source>HTML report (*.html)</source>
        <translation>HTML 报告 (*.html)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cancelling every board…</source>
        <translation>正在取消所有开发板…</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::BatchTableModel</name>
    <message>
        <location filename="../src/gui/batchtablemodel.cpp" line="+55" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Board</source>
        <translation>开发板</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <location line="+55" />
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::BuildProgress</name>
    <message>
        <location filename="../src/gui/buildprogress.cpp" line="+19" />
        <source>Step progress</source>
        <translation>步骤进度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Elapsed time</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Time since the step started</source>
        <translation>自步骤开始以来的时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Elapsed %1</source>
        <translation>已用 %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::DiagnosticsDialog</name>
    <message>
        <location filename="../src/gui/diagnosticsdialog.cpp" line="+71" />
        <source>Log Categories</source>
        <translation>日志类别</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Developer diagnostics: switch on the areas to look into. Their messages appear below; wire dumps can be large.</source>
        <translation>开发者诊断：打开需要查看的类别。它们的消息显示在下方；通信数据转储可能很大。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>QT_LOGGING_RULES is set in the environment (%1); its rules take precedence over these switches.</source>
        <translation>环境中设置了 QT_LOGGING_RULES（%1）；其规则优先于这些开关。</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Captured messages</source>
        <translation>捕获的消息</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Plugins (loaded when a page needs them):</source>
        <translation>插件（在页面需要时加载）：</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Plugins</source>
        <translation>插件</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Plugin folders, in search order (TINYDEPLOY_PLUGIN_PATH first):</source>
        <translation>插件文件夹，按搜索顺序（先 TINYDEPLOY_PLUGIN_PATH）：</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  %1 (does not exist)</source>
        <translation>  %1（不存在）</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+15" />
        <source>  (none)</source>
        <translation>  （无）</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Plugins found:</source>
        <translation>找到的插件：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  %1 %2 (%3): %4</source>
        <translation>  %1 %2（%3）：%4</translation>
    </message>
    <message>
        <location line="+6" />
        <source>built into the application</source>
        <translation>内置于应用程序</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No plugin manager in this program.</source>
        <translation>此程序没有插件管理器。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::DrawingCanvas</name>
    <message>
        <location filename="../src/gui/drawingcanvas.cpp" line="+27" />
        <source>Drawing area</source>
        <translation>绘图区域</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draw a digit with the mouse, a finger or a pen. Delete or Backspace clears it.</source>
        <translation>用鼠标、手指或触控笔画一个数字。按 Delete 或 Backspace 可清除。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw a digit here; it is sent to the device as you lift the pen.</source>
        <translation>在此处画一个数字；抬起笔时会将其发送到设备。</translation>
    </message>
    <message>
        <location filename="../src/gui/strokeraster.cpp" line="+131" />
        <source>This model's input is not a small grey picture, so it cannot be drawn.</source>
        <translation>此模型的输入不是小尺寸灰度图像，因此无法手绘。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a sample input or a file instead.</source>
        <translation>请改为选择示例输入或文件。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::DrawingPanel</name>
    <message>
        <location filename="../src/gui/drawingcanvas.cpp" line="+202" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear the drawing</source>
        <translation>清除绘图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear the drawing (Delete)</source>
        <translation>清除绘图（Delete）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw a digit; the device answers as you lift the pen.</source>
        <translation>画一个数字；抬起笔时设备会给出回答。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ErrorPanel</name>
    <message>
        <location filename="../src/gui/errorpanel.cpp" line="+30" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What to do</source>
        <translation>处理办法</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+44" />
        <source>Show Detai&amp;ls</source>
        <translation>显示详细信息(&amp;L)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hide Detai&amp;ls</source>
        <translation>隐藏详细信息(&amp;L)</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation type="vanished">显示详细信息(&amp;D)</translation>
    </message>
    <message>
        <location line="-40" />
        <source>Show error details</source>
        <translation>显示错误详细信息</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Error details</source>
        <translation>错误详细信息</translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation type="vanished">隐藏详细信息(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::FitCheckWidget</name>
    <message>
        <location filename="../src/gui/fitcheckwidget.cpp" line="+37" />
        <source>Fit check result</source>
        <translation>容量检查结果</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Flash use</source>
        <translation>Flash 占用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+0" />
        <source>RAM use</source>
        <translation>RAM 占用</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How the sizes were estimated</source>
        <translation>尺寸的估算方法</translation>
    </message>
    <message>
        <location line="+43" />
        <location line="+75" />
        <location line="+5" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="-75" />
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 over</source>
        <translation>超出 %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The model does not fit on %1: not enough flash and RAM.</source>
        <translation>模型无法放入 %1：Flash 和 RAM 都不足。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The model does not fit on %1: not enough flash.</source>
        <translation>模型无法放入 %1：Flash 不足。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The model does not fit on %1: not enough RAM.</source>
        <translation>模型无法放入 %1：RAM 不足。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The model fits on %1.</source>
        <translation>模型可以放入 %1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot tell whether the model fits on %1: the board does not declare all its memory.</source>
        <translation>无法判断模型能否放入 %1：开发板未声明其全部内存。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Choose a model and a board to see whether the model fits.</source>
        <translation>请选择模型和开发板以查看模型能否放入。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::FlashPage</name>
    <message>
        <location filename="../src/gui/flashpage.cpp" line="+30" />
        <source>&lt;b&gt;Done.&lt;/b&gt;</source>
        <translation>&lt;b&gt;完成。&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Done.&lt;/b&gt; The device answers on %1.</source>
        <translation>&lt;b&gt;完成。&lt;/b&gt;设备在 %1 上响应。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::HistoryDialog</name>
    <message>
        <location filename="../src/gui/historydialog.cpp" line="+57" />
        <source>Deployment History</source>
        <translation>部署历史</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board</source>
        <translation>开发板</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement / accuracy</source>
        <translation>一致率 / 准确率</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Part of the model's name</source>
        <translation>模型名称的一部分</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Part of the board's name</source>
        <translation>开发板名称的一部分</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Any result</source>
        <translation>任意结果</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Since</source>
        <translation>起始日期(&amp;S)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Board:</source>
        <translation>开发板(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Deployment records</source>
        <translation>部署记录</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run &amp;Again</source>
        <translation>再次运行(&amp;A)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run the model again on the board of this record, without building or flashing anything</source>
        <translation>在此记录对应的开发板上再次运行模型，不构建也不烧录任何内容</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location line="+50" />
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Reading the records…</source>
        <translation>正在读取记录…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 during %2</source>
        <translation>%1（%2 阶段）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 us</source>
        <translation>%1 微秒</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n record(s). Not readable: %1</source>
        <translation>
            <numerusform>%n 条记录。无法读取：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49" />
        <source>Running %1 again.</source>
        <translation>正在再次运行 %1。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running %1 again. %2</source>
        <translation>正在再次运行 %1。%2</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open Logs &amp;Folder</source>
        <translation>打开日志文件夹(&amp;F)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Delete Record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the record of %1 (%2)? Its logs, results and the project inside it are removed.</source>
        <translation>要删除 %1（%2）的记录吗？其日志、结果以及其中的项目都将被删除。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>No record is selected.</source>
        <translation>未选择任何记录。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location line="+2" />
        <source>HTML report (*.html);;JSON report (*.json)</source>
        <translation>HTML 报告 (*.html);;JSON 报告 (*.json)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::HistoryScan</name>
    <message>
        <location filename="../src/gui/historyscan.cpp" line="+83" />
        <source>The deployment of %1 was interrupted during %2.</source>
        <translation>%1 的部署在 %2 阶段被中断。</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>See View &gt; History (%n interrupted).</source>
        <translation>
            <numerusform>请查看“视图 &gt; 历史记录”（%n 个已中断）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::KioskActions</name>
    <message>
        <location filename="../src/gui/kioskactions.cpp" line="+30" />
        <source>Save as K&amp;iosk Configuration…</source>
        <translation>另存为自助模式配置(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A file for "tinydeploy --kiosk": one big Deploy button for students, with this model, template, board and options.</source>
        <translation>供“tinydeploy --kiosk”使用的文件：为学生提供一个大的“部署”按钮，使用此模型、模板、开发板和选项。</translation>
    </message>
    <message>
        <location line="+40" />
        <location line="+12" />
        <source>Save as Kiosk Configuration</source>
        <translation>另存为自助模式配置</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Kiosk configurations (*.tdkiosk)</source>
        <translation>自助模式配置 (*.tdkiosk)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Wrote %1. Start the kiosk with: tinydeploy --kiosk %1</source>
        <translation>已写入 %1。用以下命令启动自助模式：tinydeploy --kiosk %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::KioskWindow</name>
    <message>
        <location filename="../src/gui/kiosk/kioskcontroller.cpp" line="+38" />
        <source>Press Deploy first.</source>
        <translation>请先按“部署”。</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Plug in the board the package is for.</source>
        <translation>请连接该部署包所适用的开发板。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This computer runs the model itself: no board to plug in.</source>
        <translation>此计算机自己运行模型：无需连接开发板。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Emulated board (%1): always ready.</source>
        <translation>仿真开发板（%1）：始终就绪。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Plug in a board: %1.</source>
        <translation>请连接开发板：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n boards are plugged in: unplug all but one.</source>
        <translation>
            <numerusform>已插入 %n 块开发板：请只保留一块，拔掉其余的。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Board ready: %1 on %2.</source>
        <translation>开发板已就绪：%1，位于 %2。</translation>
    </message>
    <message>
        <location line="+75" />
        <source>The deployment was cancelled.</source>
        <translation>部署已取消。</translation>
    </message>
    <message>
        <location filename="../src/gui/kiosk/kioskerrors.cpp" line="+19" />
        <source>The deployment was stopped. Press Deploy to start again.</source>
        <translation>部署已停止。请按“部署”重新开始。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No board was found. Plug in the board with its USB cable, wait a few seconds, then press Deploy.</source>
        <translation>未找到开发板。请用 USB 线连接开发板，等待几秒钟，然后按“部署”。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The board was unplugged or stopped answering. Plug it in again, then press Deploy.</source>
        <translation>开发板已被拔出或停止响应。请重新插入，然后按“部署”。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This model is too large for this board. Ask your teacher.</source>
        <translation>此模型对该开发板来说太大。请询问老师。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>TinyDeploy is not set up correctly on this computer. Ask your teacher.</source>
        <translation>TinyDeploy 在此计算机上的设置不正确。请询问老师。</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+28" />
        <source>This kiosk's configuration cannot be used. Ask your teacher.</source>
        <translation>无法使用此自助模式的配置。请询问老师。</translation>
    </message>
    <message>
        <location line="-27" />
        <source>This kiosk's settings do not suit the board. Ask your teacher.</source>
        <translation>此自助模式的设置与开发板不匹配。请询问老师。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The model of this kiosk is damaged. Ask your teacher.</source>
        <translation>此自助模式的模型已损坏。请询问老师。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The deployment package of this kiosk is damaged or was changed. Ask your teacher for a new one.</source>
        <translation>此自助模式的部署包已损坏或被修改。请向老师索取新的部署包。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The board did not answer. Unplug it, plug it in again, then press Deploy.</source>
        <translation>开发板没有响应。请拔下后重新插入，然后按“部署”。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The board answered something unexpected. Press its reset button, then press Deploy.</source>
        <translation>开发板返回了意外的响应。请按它的复位按钮，然后按“部署”。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A file this kiosk needs is missing. Ask your teacher.</source>
        <translation>缺少此自助模式所需的文件。请询问老师。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The project for the board could not be prepared. Press Deploy to try again; if it fails again, ask your teacher.</source>
        <translation>无法为开发板准备项目。请按“部署”重试；如果仍然失败，请询问老师。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The program for the board could not be built. Ask your teacher to check this computer.</source>
        <translation>无法为开发板构建程序。请让老师检查这台计算机。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The program could not be copied to the board. Check the USB cable, then press Deploy.</source>
        <translation>无法将程序复制到开发板。请检查 USB 线，然后按“部署”。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>TinyDeploy could not talk to the board. Unplug it, plug it in again, then press Deploy.</source>
        <translation>TinyDeploy 无法与开发板通信。请拔下后重新插入，然后按“部署”。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The model stopped while running on the board. Press Deploy to try again.</source>
        <translation>模型在开发板上运行时停止了。请按“部署”重试。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Something went wrong. Press Deploy to try again, or ask your teacher.</source>
        <translation>出了点问题。请按“部署”重试，或询问老师。</translation>
    </message>
    <message>
        <location filename="../src/gui/kiosk/kioskwindow.cpp" line="+56" />
        <source>Board</source>
        <translation>开发板</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+4" />
        <location line="+129" />
        <source>Deploy</source>
        <translation>部署</translation>
    </message>
    <message>
        <location line="-128" />
        <source>Puts the model on the board and runs it (Enter)</source>
        <translation>将模型放到开发板上并运行（Enter）</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The full error, for the teacher</source>
        <translation>完整的错误信息，供老师查看</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Error details</source>
        <translation>错误详细信息</translation>
    </message>
    <message>
        <location line="+96" />
        <source>Deploy Again</source>
        <translation>再次部署</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %p%</source>
        <translation>%1：%p%</translation>
    </message>
    <message>
        <location line="+39" />
        <source>You drew: %1</source>
        <translation>您画的是：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The board says: %1</source>
        <translation>开发板的回答：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The model ran on the board.</source>
        <translation>模型已在开发板上运行。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>It took %1 µs on this computer.</source>
        <translation>在此计算机上用时 %1 微秒。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It took %1 µs on the emulated board.</source>
        <translation>在仿真开发板上用时 %1 微秒。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It took %1 µs on the board.</source>
        <translation>在开发板上用时 %1 微秒。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Stopping the board…</source>
        <translation>正在停止开发板…</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::LatencyChart</name>
    <message>
        <location filename="../src/gui/latencychart.cpp" line="+26" />
        <location line="+2" />
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <source>Latency per run</source>
        <translation type="vanished">每次运行的延迟</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Latency (µs)</source>
        <translation>延迟（微秒）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latency chart</source>
        <translation>延迟图表</translation>
    </message>
    <message>
        <location line="-39" />
        <source>Latency statistics</source>
        <translation>延迟统计</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Emulated board: cycle counts come from the emulator, not from real silicon.</source>
        <translation>仿真开发板：周期数来自仿真器，而非真实芯片。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Emulated timing notice</source>
        <translation>仿真计时提示</translation>
    </message>
    <message>
        <location line="+48" />
        <source>its plugin could not make the plot</source>
        <translation>其插件无法创建图表</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin could not be loaded</source>
        <translation>无法加载其插件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin does not provide a latency plot</source>
        <translation>其插件不提供延迟图表</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin belongs to another version of TinyDeploy</source>
        <translation>其插件属于另一个版本的 TinyDeploy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin is missing or damaged</source>
        <translation>其插件缺失或已损坏</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its plugin was not found</source>
        <translation>未找到其插件</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Plugin folders searched (TINYDEPLOY_PLUGIN_PATH first):</source>
        <translation>已搜索的插件文件夹（先 TINYDEPLOY_PLUGIN_PATH）：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>  (none)</source>
        <translation>  （无）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The latency chart is not available: %1.</source>
        <translation>延迟图表不可用：%1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latency chart not available</source>
        <translation>延迟图表不可用</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reinstall TinyDeploy; the plugin belongs in %1.</source>
        <translation>请重新安装 TinyDeploy；插件应位于 %1。</translation>
    </message>
    <message>
        <location line="+92" />
        <source>No runs yet.</source>
        <translation>尚无运行记录。</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>min %1 · median %2 · max %3 (%n run(s))</source>
        <translation>
            <numerusform>最小 %1 · 中位数 %2 · 最大 %3（%n 次运行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::LogModel</name>
    <message>
        <location filename="../src/gui/logstore.cpp" line="+112" />
        <source>Cannot create the log file: %1.</source>
        <translation>无法创建日志文件：%1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>请检查文件夹是否存在以及你是否有写入权限。</translation>
    </message>
    <message>
        <location filename="../src/gui/logsave.cpp" line="+114" />
        <location filename="../src/gui/logstore.cpp" line="+8" />
        <location line="+132" />
        <source>Cannot read the log file: %1.</source>
        <translation>无法读取日志文件：%1。</translation>
    </message>
    <message>
        <location filename="../src/gui/logstore.cpp" line="+2" />
        <source>Check that the file exists and that you may read it.</source>
        <translation>请检查文件是否存在以及你是否有读取权限。</translation>
    </message>
    <message>
        <location line="-118" />
        <source>Cannot create a temporary log file: %1.</source>
        <translation>无法创建临时日志文件：%1。</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+68" />
        <source>Cannot write the log file: %1.</source>
        <translation>无法写入日志文件：%1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Free some disk space; the log shown may be incomplete.</source>
        <translation>请释放一些磁盘空间；显示的日志可能不完整。</translation>
    </message>
    <message>
        <location filename="../src/gui/logmodel.cpp" line="+201" />
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/logsave.cpp" line="-16" />
        <location line="+26" />
        <location line="+8" />
        <location line="+6" />
        <source>Cannot save the log: %1.</source>
        <translation>无法保存日志：%1。</translation>
    </message>
    <message>
        <location line="-38" />
        <source>Choose a folder you may write to.</source>
        <translation>请选择你有写入权限的文件夹。</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+8" />
        <source>Check the free disk space.</source>
        <translation>请检查磁盘剩余空间。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::LogView</name>
    <message>
        <location filename="../src/gui/logview.cpp" line="+53" />
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Search the log (Ctrl+F)</source>
        <translation>在日志中搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search the log</source>
        <translation>在日志中搜索</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find the next line containing the text (F3)</source>
        <translation>查找包含该文本的下一行（F3）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Previous</source>
        <translation>上一个(&amp;P)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find the previous line containing the text (Shift+F3)</source>
        <translation>查找包含该文本的上一行（Shift+F3）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>F&amp;ollow</source>
        <translation>跟随(&amp;O)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep the newest line in view</source>
        <translation>始终显示最新一行</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Times</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show when each line arrived</source>
        <translation>显示每行的到达时间</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation>复制选中的行（Ctrl+C）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Save As...</source>
        <translation>另存为(&amp;S)...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save the whole log to a file</source>
        <translation>将整个日志保存到文件</translation>
    </message>
    <message>
        <location line="+5" />
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty the view; the log file keeps every line</source>
        <translation>清空视图；日志文件保留所有行</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Log status</source>
        <translation>日志状态</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Saved the log to %1.</source>
        <translation>日志已保存到 %1。</translation>
    </message>
    <message>
        <location line="+60" />
        <location line="+31" />
        <source>No line contains "%1".</source>
        <translation>没有行包含“%1”。</translation>
    </message>
    <message>
        <location line="-27" />
        <source>Searching...</source>
        <translation>正在搜索...</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Save Log</source>
        <translation>保存日志</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Log files (*.log *.txt)</source>
        <translation>日志文件 (*.log *.txt)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saving...</source>
        <translation>正在保存...</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+65" />
        <source>TinyDeploy</source>
        <translation>TinyDeploy</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Put a trained model on a microcontroller&lt;/h2&gt;&lt;p&gt;Open a TVM Model Library Format archive (.tar, .tar.gz, .tar.xz) or an extracted archive folder to see what it holds. You can also drop it on this window.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h2&gt;把训练好的模型部署到微控制器上&lt;/h2&gt;&lt;p&gt;打开 TVM Model Library Format 归档（.tar、.tar.gz、.tar.xz）或已解压的归档文件夹，查看其内容。也可以将其拖放到此窗口上。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowmenus.cpp" line="+43" />
        <source>&amp;Open Model Archive…</source>
        <translation>打开模型归档(&amp;O)…</translation>
    </message>
    <message>
        <source>Open model archive</source>
        <translation type="vanished">打开模型归档</translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation type="vanished">正在读取归档</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">已取消。</translation>
    </message>
    <message>
        <source>Open Another Archive…</source>
        <translation type="vanished">打开另一个归档…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+88" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowmenus.cpp" line="-1" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="vanished">关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="-85" />
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+26" />
        <location filename="../src/gui/mainwindowmenus.cpp" line="+31" />
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to the previous step</source>
        <translation>返回上一步</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/gui/mainwindowmenus.cpp" line="+86" />
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/gui/mainwindowmenus.cpp" line="+2" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowmenus.cpp" line="-116" />
        <source>&amp;Try the Sample Model</source>
        <translation>试用示例模型(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Save Log…</source>
        <translation>保存日志(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Close Model</source>
        <translation>关闭模型(&amp;C)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>De&amp;ploy</source>
        <translation>部署(&amp;P)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Run Con&amp;tinuously</source>
        <translation>连续运行(&amp;T)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Language and &amp;Settings…</source>
        <translation>语言和设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+50" />
        <source>&amp;Deploy</source>
        <translation>部署(&amp;D)</translation>
    </message>
    <message>
        <location line="-89" />
        <source>&amp;Next / Deploy</source>
        <translation>下一步 / 部署(&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Run &amp;Once</source>
        <translation>运行一次(&amp;O)</translation>
    </message>
    <message>
        <source>Run &amp;Continuously</source>
        <translation type="vanished">连续运行(&amp;U)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Log Categories…</source>
        <translation>日志类别(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Language and Settings…</source>
        <translation type="vanished">语言和设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About TinyDeploy</source>
        <translation>关于 TinyDeploy(&amp;A)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+203" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Step %1: %2, %3</source>
        <translation>第 %1 步：%2，%3</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowmenus.cpp" line="+26" />
        <source>Deploy</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+33" />
        <source>Open Model Archive</source>
        <translation>打开模型归档</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model Library Format archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst);;Metadata of an extracted archive (metadata.json);;All files (*)</source>
        <translation>Model Library Format 归档 (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst);;已解压归档的元数据 (metadata.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Stopping the device…</source>
        <translation>正在停止设备…</translation>
    </message>
    <message>
        <location line="-285" />
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="vanished">无法打开 %1</translation>
    </message>
    <message>
        <location line="+258" />
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <source>About TinyDeploy</source>
        <translation type="vanished">关于 TinyDeploy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TinyDeploy %1&lt;/h3&gt;&lt;p&gt;Deploys TVM Model Library Format models to microcontrollers through microTVM Project API templates.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;TinyDeploy %1&lt;/h3&gt;&lt;p&gt;通过 microTVM Project API 模板将 TVM Model Library Format 模型部署到微控制器。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ModelPage</name>
    <message>
        <location filename="../src/gui/modelpage.cpp" line="+48" />
        <source>No recent models</source>
        <translation>没有最近的模型</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Recent models…</source>
        <translation>最近的模型…</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ModelSummaryWidget</name>
    <message>
        <location filename="../src/gui/modelsummarywidget.cpp" line="+17" />
        <source>AOT (ahead of time)</source>
        <translation>AOT（预先编译）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Graph executor</source>
        <translation>图执行器</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none (operator library)</source>
        <translation>无（算子库）</translation>
    </message>
    <message>
        <location line="+33" />
        <source>(no module)</source>
        <translation>（无模块）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — %2, %3, metadata version %4</source>
        <translation>%1 — %2，%3，元数据版本 %4</translation>
    </message>
    <message>
        <location line="+12" />
        <source>unknown (not recorded)</source>
        <translation>未知（未记录）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>none found in the generated C (header declares %1)</source>
        <translation>在生成的 C 代码中未找到（头文件声明了 %1）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+10" />
        <location line="+14" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="-21" />
        <source>TVM standalone C runtime included (runtime/)</source>
        <translation>包含 TVM 独立 C 运行时（runtime/）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not included: the template's own runtime support is used</source>
        <translation>未包含：使用模板自带的运行时支持</translation>
    </message>
    <message>
        <location line="+1" />
        <source>workspace %1</source>
        <translation>工作区 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>constants %1</source>
        <translation>常量 %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>I/O %1</source>
        <translation>I/O %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>parameters file %1</source>
        <translation>参数文件 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>generated code %1</source>
        <translation>生成代码 %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>C name: %1</source>
        <translation>C 名称：%1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>output</source>
        <translation>输出</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::OptionsForm</name>
    <message>
        <location filename="../src/gui/optionsform.cpp" line="+75" />
        <source>This template has no options for these steps.</source>
        <translation>此模板在这些步骤中没有选项。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reset to Defaults</source>
        <translation>恢复默认值(&amp;R)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Reset all options to their defaults</source>
        <translation>将所有选项恢复为默认值</translation>
    </message>
    <message>
        <location line="+103" />
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <location line="+14" />
        <source>(choose one)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Browse for %1</source>
        <translation>浏览 %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+2" />
        <source>values separated by spaces or commas</source>
        <translation>用空格或逗号分隔的值</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Error for %1</source>
        <translation>%1 的错误</translation>
    </message>
    <message>
        <location line="+146" />
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Choose %1</source>
        <translation>选择 %1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::OutputsView</name>
    <message>
        <location filename="../src/gui/outputsview.cpp" line="+34" />
        <source>Output name</source>
        <translation>输出名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Top classes</source>
        <translation>前几名类别</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agreement with the expected output</source>
        <translation>与预期输出的一致性</translation>
    </message>
    <message>
        <location line="+34" />
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Output %1 %2</source>
        <translation>输出 %1 %2</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 (raw %2)</source>
        <translation>%1（原始值 %2）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>✔ Agrees with the expected output (max abs diff %1)</source>
        <translation>✔ 与预期输出一致（最大绝对差 %1）</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>✘ Differs from the expected output: max abs diff %1 at index %2, %n value(s) outside the tolerance</source>
        <translation>
            <numerusform>✘ 与预期输出不一致：索引 %2 处最大绝对差为 %1，%n 个值超出容差</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::PackageActions</name>
    <message>
        <location filename="../src/gui/packageactions.cpp" line="+35" />
        <source>Open &amp;Deployment Package…</source>
        <translation>打开部署包(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export Deployment Pac&amp;kage…</source>
        <translation>导出部署包(&amp;K)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One file with the built firmware, how to flash it and the sample inputs: flash it where no compiler is installed.</source>
        <translation>一个包含已构建固件、烧录方法和示例输入的文件：可在未安装编译器的计算机上烧录。</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+16" />
        <source>Open Deployment Package</source>
        <translation>打开部署包</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Deployment packages (*.tdpkg);;All files (*)</source>
        <translation>部署包 (*.tdpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+31" />
        <location line="+17" />
        <source>Export Deployment Package</source>
        <translation>导出部署包</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Deployment packages (*.tdpkg)</source>
        <translation>部署包 (*.tdpkg)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Wrote the deployment package %1 (%2 for %3).</source>
        <translation>已写入部署包 %1（%2，适用于 %3）。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::PackageDialog</name>
    <message>
        <location filename="../src/gui/packagedialog.cpp" line="+37" />
        <source>Deployment Package %1</source>
        <translation>部署包 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board:</source>
        <translation>开发板：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (emulated)</source>
        <translation>%1（仿真）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Flasher:</source>
        <translation>烧录工具：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample inputs:</source>
        <translation>示例输入：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 by TinyDeploy %2</source>
        <translation>%1，由 TinyDeploy %2 创建</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not needed: the emulated board reports it</source>
        <translation>无需指定：仿真开发板会自行报告</translation>
    </message>
    <message>
        <location line="+1" />
        <source>found by USB id, or e.g. /dev/ttyACM0</source>
        <translation>按 USB id 查找，或例如 /dev/ttyACM0</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial &amp;port:</source>
        <translation>串口(&amp;P)：</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Flash and Run</source>
        <translation>烧录并运行(&amp;F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash &amp;Several Boards…</source>
        <translation>烧录多块开发板(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Flash this package into several boards at once, a few at a time, and check each with the package's samples.</source>
        <translation>将此包同时烧录到多块开发板，每次几块，并用包中的示例逐一检查。</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Done: %1 of %2 outputs agree with the expected ones.</source>
        <translation>完成：%2 个输出中有 %1 个与预期一致。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Done: the model ran on the device.</source>
        <translation>完成：模型已在设备上运行。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Flash Several Boards</source>
        <translation>烧录多块开发板</translation>
    </message>
    <message>
        <location line="+27" />
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::PortSelector</name>
    <message>
        <location filename="../src/gui/portselector.cpp" line="+33" />
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refresh the list of serial ports</source>
        <translation>刷新串口列表</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Chec&amp;k</source>
        <translation>检查(&amp;K)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check why the serial port cannot be used</source>
        <translation>检查串口为何无法使用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finds out why the port cannot be opened (permission, another program, ModemManager, brltty, the cable) and says what to do.</source>
        <translation>找出端口无法打开的原因（权限、其他程序、ModemManager、brltty、电缆），并给出处理办法。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Serial port hint</source>
        <translation>串口提示</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation type="vanished">序列号 %1</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation type="vanished">%1 - %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1（%2）</translation>
    </message>
    <message>
        <location line="+178" />
        <source>Created when the board starts</source>
        <translation>开发板启动时创建</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No serial port found</source>
        <translation>未找到串口</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a serial port</source>
        <translation>请选择串口</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Emulated board: the port is created when the board starts.</source>
        <translation>仿真开发板：端口在开发板启动时创建。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No serial port found. Plug the board in with a data cable (some USB cables only charge) and wait a moment: this list updates by itself. On Linux, the brltty service can take USB serial adapters away: if the port appears and vanishes at once, remove it (sudo apt remove brltty).</source>
        <translation>未找到串口。请用数据线连接开发板（有些 USB 线只能充电），稍等片刻：此列表会自动更新。在 Linux 上，brltty 服务可能会占用 USB 串口适配器：如果端口出现后立即消失，请将其卸载（sudo apt remove brltty）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>You may not open %1. Add yourself to the dialout group (sudo usermod -aG dialout $USER), then log out and in again.</source>
        <translation>你无权打开 %1。请将自己加入 dialout 组（sudo usermod -aG dialout $USER），然后注销并重新登录。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Choose the one you mean (the serial number tells boards apart).</source>
        <translation>请选择你要使用的端口（可通过序列号区分开发板）。</translation>
    </message>
    <message>
        <source>None of these ports looks like %1 (USB %2). Choose one, or check the cable.</source>
        <translation type="vanished">这些端口看起来都不像 %1（USB %2）。请选择一个，或检查线缆。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose the port of your board.</source>
        <translation>请选择开发板的端口。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ProfileDialog</name>
    <message>
        <location filename="../src/gui/profiledialog.cpp" line="+19" />
        <source>Timing every operator on the device…</source>
        <translation>正在设备上为每个算子计时…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Operator Profile</source>
        <translation>算子性能分析</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Operators</source>
        <translation>算子</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>%n operator(s), %1 µs in total. Click a column to sort.</source>
        <translation>
            <numerusform>%n 个算子，共 %1 µs。点击列标题排序。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ProfileModel</name>
    <message>
        <location filename="../src/gui/profilemodel.cpp" line="+32" />
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mean (µs)</source>
        <translation>平均 (µs)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Share of the total</source>
        <translation>占总数比例</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::RunPage</name>
    <message>
        <location filename="../src/gui/runpage.cpp" line="+122" />
        <source>Connecting to the device…</source>
        <translation>正在连接设备…</translation>
    </message>
    <message numerus="yes">
        <location line="+57" />
        <source>All sample inputs (%n)</source>
        <translation>
            <numerusform>所有示例输入（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sample %1</source>
        <translation>示例 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample %1 (a "%2")</source>
        <translation>示例 %1（“%2”）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Random values</source>
        <translation>随机值</translation>
    </message>
    <message>
        <location line="+8" />
        <source>File %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Choose an Input</source>
        <translation>选择输入</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inputs (*.npy *.npz *.bin *.png *.jpg *.jpeg *.bmp *.pgm);;All files (*)</source>
        <translation>输入 (*.npy *.npz *.bin *.png *.jpg *.jpeg *.bmp *.pgm);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Random inputs need a connected device with one input.</source>
        <translation>随机输入需要已连接且只有一个输入的设备。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>An image needs a device whose one input is an image.</source>
        <translation>图像输入需要设备只有一个输入且该输入为图像。</translation>
    </message>
    <message>
        <location filename="../src/gui/imageinput.cpp" line="+29" />
        <source>Could not read the image.</source>
        <translation>无法读取图像。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use a PNG, JPEG or BMP file.</source>
        <translation>请使用 PNG、JPEG 或 BMP 文件。</translation>
    </message>
    <message>
        <location filename="../src/gui/runpage.cpp" line="-188" />
        <source>Vali&amp;date…</source>
        <translation>验证(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run a whole data set on the device and compare with the expected outputs or labels.</source>
        <translation>在设备上运行整个数据集，并与期望输出或标签比较。</translation>
    </message>
    <message>
        <location line="+135" />
        <source>Draw a digit</source>
        <translation>画一个数字</translation>
    </message>
    <message>
        <location line="+71" />
        <source>A raw input file needs a connected device with one input.</source>
        <translation>原始输入文件需要已连接且只有一个输入的设备。</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Choose an input first.</source>
        <translation>请先选择输入。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A drawing needs a connected device.</source>
        <translation>手绘输入需要已连接的设备。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The drawing is empty.</source>
        <translation>绘图为空。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draw a digit in the white square first.</source>
        <translation>请先在白色方框中画一个数字。</translation>
    </message>
    <message>
        <location line="+71" />
        <location line="+3" />
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown clock</source>
        <translation>时钟频率未知</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (emulated: cycle counts are not silicon timing)</source>
        <translation>（仿真：周期数并非真实芯片的计时）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;b&gt;%1&lt;/b&gt; running &lt;b&gt;%2&lt;/b&gt; (firmware %3, %4)&lt;br&gt;Inputs: %5&lt;br&gt;Outputs: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 正在运行 &lt;b&gt;%2&lt;/b&gt;（固件 %3，%4）&lt;br&gt;输入：%5&lt;br&gt;输出：%6</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Input &lt;b&gt;%1&lt;/b&gt;: the device predicts &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>输入 &lt;b&gt;%1&lt;/b&gt;：设备预测为 &lt;b&gt;%2&lt;/b&gt;。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Input &lt;b&gt;%1&lt;/b&gt;: the device predicts &lt;b&gt;%2&lt;/b&gt;, which is right.</source>
        <translation>输入 &lt;b&gt;%1&lt;/b&gt;：设备预测为 &lt;b&gt;%2&lt;/b&gt;，预测正确。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Input &lt;b&gt;%1&lt;/b&gt;: the device predicts &lt;b&gt;%2&lt;/b&gt;, but it is %3.</source>
        <translation>输入 &lt;b&gt;%1&lt;/b&gt;：设备预测为 &lt;b&gt;%2&lt;/b&gt;，但实际是 %3。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Outputs agree with the expected ones.</source>
        <translation>输出与预期一致。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outputs differ from the expected ones.</source>
        <translation>输出与预期不一致。</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Protocol: %1</source>
        <translation>协议：%1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Profiling needs a host-driven project with the graph executor (microTVM RPC); this one runs %1.</source>
        <translation>性能分析需要使用图执行器的主机驱动项目（microTVM RPC）；此项目使用 %1。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connect to the device first.</source>
        <translation>请先连接设备。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait for the run to finish.</source>
        <translation>请等待运行结束。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Times every operator of the model on the device and shows each one's share.</source>
        <translation>在设备上为模型的每个算子计时，并显示各自所占比例。</translation>
    </message>
    <message>
        <source>Input &lt;b&gt;%1&lt;/b&gt;: the device predicts &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="vanished">输入 &lt;b&gt;%1&lt;/b&gt;：设备预测为 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, which is right.</source>
        <translation type="vanished">，预测正确。</translation>
    </message>
    <message>
        <source>, but it is %1.</source>
        <translation type="vanished">，但实际为 %1。</translation>
    </message>
    <message>
        <source> Outputs agree with the expected ones.</source>
        <translation type="vanished"> 输出与预期一致。</translation>
    </message>
    <message>
        <source> Outputs differ from the expected ones.</source>
        <translation type="vanished"> 输出与预期不一致。</translation>
    </message>
    <message numerus="yes">
        <location line="-52" />
        <source>%n run(s), latency min %1 µs, median %2 µs, max %3 µs.</source>
        <translation>
            <numerusform>%n 次运行，延迟最小 %1 微秒，中位数 %2 微秒，最大 %3 微秒。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::SerialConsole</name>
    <message>
        <location filename="../src/gui/serialconsole.cpp" line="+42" />
        <source>Device output</source>
        <translation>设备输出</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hold new lines until you resume; they are still logged</source>
        <translation>暂存新行直到恢复；这些行仍会写入日志</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Times</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show when each line arrived</source>
        <translation>显示每行的到达时间</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Save As...</source>
        <translation>另存为(&amp;S)...</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Console status</source>
        <translation>控制台状态</translation>
    </message>
    <message>
        <location line="+40" />
        <location line="+53" />
        <source>Cannot write the device log: %1.</source>
        <translation>无法写入设备日志：%1。</translation>
    </message>
    <message>
        <location line="-51" />
        <location line="+141" />
        <source>Choose a folder you may write to.</source>
        <translation>请选择你有写入权限的文件夹。</translation>
    </message>
    <message numerus="yes">
        <location line="-78" />
        <source>Paused: %n line(s) waiting</source>
        <translation>
            <numerusform>已暂停：%n 行等待中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+30" />
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cannot save the device output: %1.</source>
        <translation>无法保存设备输出：%1。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Save Device Output</source>
        <translation>保存设备输出</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="+33" />
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The system's language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A new language takes effect the next time TinyDeploy starts.</source>
        <translation>新语言将在下次启动 TinyDeploy 时生效。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Standalone CRT folder</source>
        <translation>独立 C 运行时文件夹</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only needed for archives without runtime/</source>
        <translation>仅在归档不含 runtime/ 时需要</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Browse for the standalone CRT folder</source>
        <translation>浏览独立 C 运行时文件夹</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Standalone CRT Folder</source>
        <translation>独立 C 运行时文件夹</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Standalone CRT:</source>
        <translation>独立 CRT(&amp;S)：</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Con&amp;firm…</source>
        <translation>确认(&amp;F)…</translation>
    </message>
    <message>
        <source>Standalone &amp;CRT:</source>
        <translation type="vanished">独立 C 运行时(&amp;C)：</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Your template folders</source>
        <translation>你的模板文件夹</translation>
    </message>
    <message>
        <location line="+3" />
        <source>TinyDeploy runs the server program of every template it lists. It runs the ones in these folders only after you confirm them.</source>
        <translation>TinyDeploy 会运行其列出的每个模板的服务器程序。这些文件夹中的模板只有在你确认后才会运行。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Template folders</source>
        <translation>模板文件夹</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add Folder…</source>
        <translation>添加文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation type="vanished">确认(&amp;O)…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>%1 (not confirmed: not run)</source>
        <translation>%1（未确认：不会运行）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add a Template Folder</source>
        <translation>添加模板文件夹</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Run Templates from This Folder?</source>
        <translation>运行此文件夹中的模板？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TinyDeploy will run the template servers in %1 (Python programs) with your permissions. Only confirm folders whose contents you trust.</source>
        <translation>TinyDeploy 将以你的权限运行 %1 中的模板服务器（Python 程序）。请只确认你信任其内容的文件夹。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::StepBinding</name>
    <message>
        <location filename="../src/gui/stepbinding.cpp" line="+75" />
        <source>Waiting for the previous step.</source>
        <translation>正在等待上一步。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;Done.&lt;/b&gt;</source>
        <translation>&lt;b&gt;完成。&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;Cancelled.&lt;/b&gt;</source>
        <translation>&lt;b&gt;已取消。&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Failed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;失败。&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::TargetPage</name>
    <message>
        <location filename="../src/gui/targetpage.cpp" line="+24" />
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tools missing</source>
        <translation>缺少工具</translation>
    </message>
    <message>
        <location line="+5" />
        <source>not confirmed yet (Settings)</source>
        <translation>尚未确认（设置）</translation>
    </message>
    <message>
        <location line="+95" />
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+45" />
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be used.</source>
        <translation>无法使用 &lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Looking for templates…</source>
        <translation>正在查找模板…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a template on the left.</source>
        <translation>请在左侧选择一个模板。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;%1&lt;/b&gt;: some tools are missing:&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：缺少一些工具：&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <location line="+17" />
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This template runs on this computer; it has no board to choose.</source>
        <translation>此模板在本机上运行，无需选择开发板。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ValidateDialog</name>
    <message>
        <location filename="../src/gui/validatedialog.cpp" line="+48" />
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+220" />
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="-219" />
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Validate on the device</source>
        <translation>在设备上验证</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A data set folder: inputs/ with expected/ or labels.csv, or one folder per class</source>
        <translation>数据集文件夹：包含 expected/ 或 labels.csv 的 inputs/，或每个类别一个文件夹</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Data set:</source>
        <translation>数据集(&amp;D)：</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Max abs error</source>
        <translation>最大绝对误差</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latency (us)</source>
        <translation>延迟（微秒）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rows: the label; columns: the predicted class.</source>
        <translation>行：标签；列：预测的类别。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Samples, worst first</source>
        <translation>样本（最差的在前）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Choose the data set folder</source>
        <translation>选择数据集文件夹</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The device is not connected: run the model once first.</source>
        <translation>设备未连接：请先运行一次模型。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Validating %1 against its %2.</source>
        <translation>正在按%2验证 %1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>expected outputs</source>
        <translation>期望输出</translation>
    </message>
    <message>
        <location line="+1" />
        <source>labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+14" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+0" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 of %2 samples.</source>
        <translation>%2 个样本中的 %1 个。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Output %1: max abs error %2, RMSE %3, cosine %4</source>
        <translation>输出 %1：最大绝对误差 %2，RMSE %3，余弦 %4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Top-1 agreement %1, top-%2 agreement %3, accuracy %4</source>
        <translation>Top-1 一致率 %1，Top-%2 一致率 %3，准确率 %4</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Latency: min %1 us, median %2 us, p95 %3 us, max %4 us</source>
        <translation>延迟：最小 %1 微秒，中位数 %2 微秒，p95 %3 微秒，最大 %4 微秒</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cancelled; the record keeps what was done.</source>
        <translation>已取消；记录保留已完成的部分。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::History</name>
    <message>
        <location filename="../src/core/history/recordsummary.cpp" line="+53" />
        <source>The record may have been edited by hand or written by another version of TinyDeploy: fix or delete the record folder.</source>
        <translation>该记录可能被手动编辑过，或由其他版本的 TinyDeploy 写入：请修复或删除该记录文件夹。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot read the deployment record.</source>
        <translation>无法读取部署记录。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the file is readable.</source>
        <translation>请检查该文件是否可读。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The record file is too large (%1 bytes).</source>
        <translation>记录文件过大（%1 字节）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The record file is not valid JSON: %1 at byte %2.</source>
        <translation>记录文件不是有效的 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The record file does not hold a JSON object.</source>
        <translation>记录文件不包含 JSON 对象。</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 % accuracy</source>
        <translation>准确率 %1 %</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 % top-1 agreement</source>
        <translation>top-1 一致率 %1 %</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1/%2 agree</source>
        <translation>%1/%2 一致</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This folder is not a deployment record: it has no deployment.json.</source>
        <translation>此文件夹不是部署记录：其中没有 deployment.json。</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../src/core/history/recordindex.cpp" line="+115" />
        <source>Give a record folder (tinydeploy-cli history lists them).</source>
        <translation>请指定一个记录文件夹（tinydeploy-cli history 可列出它们）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The record has no format_version.</source>
        <translation>该记录缺少 format_version。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The record was written by a newer TinyDeploy (record format %1; this version reads %2).</source>
        <translation>该记录由更新版本的 TinyDeploy 写入（记录格式 %1；此版本可读取 %2）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open it with the TinyDeploy version that wrote it (%1).</source>
        <translation>请使用写入它的 TinyDeploy 版本（%1）打开。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The record has no "%1" text.</source>
        <translation>该记录缺少“%1”文本。</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The record's "created" is not a date: %1.</source>
        <translation>该记录的 "created" 不是日期：%1。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The record's state "%1" is not one TinyDeploy writes.</source>
        <translation>该记录的状态“%1”不是 TinyDeploy 会写入的状态。</translation>
    </message>
    <message>
        <location filename="../src/core/history/recordindex.cpp" line="-12" />
        <source>No deployment record is called "%1".</source>
        <translation>没有名为“%1”的部署记录。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give a record folder, or a name that "tinydeploy-cli history" lists.</source>
        <translation>请指定一个记录文件夹，或 "tinydeploy-cli history" 列出的名称。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This folder is not a deployment record: it was not deleted.</source>
        <translation>此文件夹不是部署记录：未将其删除。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The record folder could not be deleted completely.</source>
        <translation>无法完全删除该记录文件夹。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that its files are not in use and that you may delete them.</source>
        <translation>请检查其中的文件是否未被占用，以及您是否有权删除它们。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>"%1" is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write it as 2026-12-03 or 2026-12-03T10:15.</source>
        <translation>请写成 2026-12-03 或 2026-12-03T10:15 格式。</translation>
    </message>
    <message>
        <location filename="../src/core/history/report.cpp" line="+163" />
        <source>Cannot write the report.</source>
        <translation>无法写入报告。</translation>
    </message>
    <message>
        <location filename="../src/core/history/reporthtml.cpp" line="+84" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model SHA-256</source>
        <translation>模型 SHA-256</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Board</source>
        <translation>开发板</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none (emulated board or not reported)</source>
        <translation>无（模拟开发板或未报告）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+75" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="-73" />
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Firmware size</source>
        <translation>固件大小</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Firmware SHA-256</source>
        <translation>固件 SHA-256</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+15" />
        <source>Fit check</source>
        <translation>容量检查</translation>
    </message>
    <message>
        <location line="-14" />
        <source>The record has no fit check figures.</source>
        <translation>该记录没有容量检查数据。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+0" />
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Estimated before the build from the model archive; it errs on the safe side.</source>
        <translation>在构建前根据模型归档估算，结果偏保守。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Steps and timings</source>
        <translation>步骤与耗时</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+39" />
        <location line="+5" />
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="-43" />
        <source>No results were recorded.</source>
        <translation>未记录任何结果。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The latest %1 of %2 results.</source>
        <translation>最近 %1 个结果（共 %2 个）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/core/history/reportvalidation.cpp" line="+105" />
        <source>Predicted</source>
        <translation>预测值</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Median latency (us)</source>
        <translation>延迟中位数（微秒）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Latency per input</source>
        <translation>每个输入的延迟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Median latency per input</source>
        <translation>每个输入的延迟中位数</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Deployment report</source>
        <translation>部署报告</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Generated by %1 on %2.</source>
        <translation>由 %1 于 %2 生成。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tool versions</source>
        <translation>工具版本</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the end only</source>
        <translation>仅末尾部分</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No logs were recorded.</source>
        <translation>未记录任何日志。</translation>
    </message>
    <message>
        <location filename="../src/core/history/reportvalidation.cpp" line="-55" />
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+53" />
        <source>Max abs error</source>
        <translation>最大绝对误差</translation>
    </message>
    <message>
        <location line="-52" />
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cosine similarity</source>
        <translation>余弦相似度</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rows: the expected class; columns: the class the device predicted.</source>
        <translation>行：预期类别；列：设备预测的类别。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Worst samples</source>
        <translation>最差样本</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Expected</source>
        <translation>预期值</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+20" />
        <source>This deployment has no validation results.</source>
        <translation>此部署没有验证结果。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location line="+4" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Top-1 agreement</source>
        <translation>Top-1 一致率</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Top-%1 agreement</source>
        <translation>Top-%1 一致率</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Latency over the data set</source>
        <translation>整个数据集上的延迟</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latency (min, median, p95, max)</source>
        <translation>延迟（最小值、中位数、p95、最大值）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location line="+0" />
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+0" />
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+0" />
        <source>max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Validation</source>
        <translation>验证</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Json</name>
    <message>
        <location filename="../src/core/util/jsonsupport.cpp" line="+87" />
        <source>%1 is %2 bytes long, more than the %3 bytes accepted.</source>
        <translation>%1 长 %2 字节，超过允许的 %3 字节。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 nests objects and arrays more than %2 levels deep (line %3, column %4).</source>
        <translation>%1 中对象和数组的嵌套超过 %2 层（第 %3 行，第 %4 列）。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not valid JSON at line %2, column %3: %4.</source>
        <translation>%1 在第 %2 行第 %3 列不是有效的 JSON：%4。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is not valid JSON.</source>
        <translation>%1 不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+3" />
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a number with a fraction</source>
        <translation>带小数的数字</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+5" />
        <source>an unknown value</source>
        <translation>未知值</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::MicroTvm</name>
    <message>
        <location filename="../src/core/microtvm/graphlayout.cpp" line="+60" />
        <source>The graph JSON is not valid JSON (%1 at byte %2).</source>
        <translation>图 JSON 不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The graph JSON has no '%1'.</source>
        <translation>图 JSON 中没有 '%1'。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>node_row_ptr has %1 entries for %2 nodes.</source>
        <translation>node_row_ptr 有 %1 个条目，但节点数为 %2。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>attrs.shape and attrs.dltype must have one entry per node output (%1).</source>
        <translation>attrs.shape 和 attrs.dltype 必须为每个节点输出各提供一个条目（%1）。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Node '%1' has outputs out of range.</source>
        <translation>节点 '%1' 的输出超出范围。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Node '%1' takes an input that does not precede it.</source>
        <translation>节点 '%1' 的某个输入不在它之前。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Node '%1' takes an input out of range.</source>
        <translation>节点 '%1' 的输入超出范围。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A head is out of range.</source>
        <translation>某个 head 超出范围。</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/minrpc.cpp" line="+89" />
        <source>DLTensor.ndim is %1</source>
        <translation>DLTensor.ndim 为 %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The device's reply ends inside %1 (byte %2 of %3).</source>
        <translation>设备的应答在 %1 内部中断（第 %2 字节，共 %3 字节）。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The device's reply is malformed: %1.</source>
        <translation>设备的应答格式错误：%1。</translation>
    </message>
    <message>
        <location line="+46" />
        <source>unknown type code %1</source>
        <translation>未知类型代码 %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>num_args is %1</source>
        <translation>num_args 为 %1</translation>
    </message>
    <message>
        <location line="+278" />
        <source>The device's reply says %1 bytes but carries %2.</source>
        <translation>设备的应答声明 %1 字节，但实际包含 %2 字节。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The device answered with %1, which is not a reply.</source>
        <translation>设备返回了 %1，这不是应答。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The device's reply has %1 bytes after its values.</source>
        <translation>设备的应答在其值之后还有 %1 字节。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A function call's reply has %1 values; expected the return type and the value.</source>
        <translation>函数调用的应答有 %1 个值；应为返回类型和返回值。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A handle reply has 3 values.</source>
        <translation>句柄应答有 3 个值。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A function call's reply says it returns %1 but carries %2.</source>
        <translation>函数调用的应答声明返回 %1，但实际包含 %2。</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/modelplan.cpp" line="+27" />
        <source>The model archive has no %1.</source>
        <translation>模型归档中没有 %1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the model again with tvm.micro.export_model_library_format.</source>
        <translation>请使用 tvm.micro.export_model_library_format 重新导出模型。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is too large.</source>
        <translation>%1 过大。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Tensor '%1' has the dtype '%2', which TinyDeploy cannot send.</source>
        <translation>张量 '%1' 的 dtype 为 '%2'，TinyDeploy 无法发送该类型。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Tensor '%1' has a dimension of %2.</source>
        <translation>张量 '%1' 有一个维度为 %2。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>AOT executor</source>
        <translation>AOT 执行器</translation>
    </message>
    <message>
        <location line="+0" />
        <source>graph executor</source>
        <translation>图执行器</translation>
    </message>
    <message>
        <location line="+14" />
        <source>metadata.json lists no module.</source>
        <translation>metadata.json 中未列出任何模块。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The model uses the executor '%1', which microTVM RPC cannot drive.</source>
        <translation>模型使用执行器 '%1'，microTVM RPC 无法驱动它。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The model cannot run over microTVM RPC: the archive was not built with --runtime-crt-system-lib (its generated code has no TVMSystemLibEntryPoint).</source>
        <translation>模型无法通过 microTVM RPC 运行：该归档未使用 --runtime-crt-system-lib 构建（其生成的代码中没有 TVMSystemLibEntryPoint）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Build it again with the CRT system library (tvmc compile --runtime=crt --runtime-crt-system-lib 1, or Runtime("crt", {"system-lib": True}) in relay.build), or use a standalone project.</source>
        <translation>请使用 CRT 系统库重新构建（tvmc compile --runtime=crt --runtime-crt-system-lib 1，或在 relay.build 中使用 Runtime("crt", {"system-lib": True})），或改用独立项目。</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/operatorprofiler.cpp" line="+56" />
        <source>Node '%1' has the dtype '%2'.</source>
        <translation>节点 '%1' 的 dtype 为 '%2'。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Node '%1' has an invalid shape.</source>
        <translation>节点 '%1' 的形状无效。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Argument '%1' has %2 bytes, its node %3.</source>
        <translation>参数 '%1' 有 %2 字节，而其节点为 %3 字节。</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/paramsblob.cpp" line="+52" />
        <source>The params end early (at byte %1 of %2).</source>
        <translation>params 提前结束（在第 %1 字节处，共 %2 字节）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The params do not start with TVM's params magic.</source>
        <translation>params 的开头不是 TVM 的 params 魔数。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The params name %1 tensors.</source>
        <translation>params 中命名了 %1 个张量。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The params have %1 names but %2 arrays.</source>
        <translation>params 有 %1 个名称，但有 %2 个数组。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The array of '%1' has a bad header.</source>
        <translation>'%1' 的数组头部无效。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The array of '%1' holds %2 bytes, its shape needs %3.</source>
        <translation>'%1' 的数组包含 %2 字节，而其形状需要 %3 字节。</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/projectapitransportlink.cpp" line="+34" />
        <source>the Project API transport of %1</source>
        <translation>%1 的 Project API 传输</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The project's Project API server is not running.</source>
        <translation>项目的 Project API 服务器未运行。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start the project's server first (open the project again).</source>
        <translation>请先启动项目的服务器（重新打开项目）。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The transport is not open.</source>
        <translation>传输未打开。</translation>
    </message>
    <message>
        <location line="+68" />
        <source>%1 of the project's server timed out: %2</source>
        <translation>项目服务器的 %1 超时：%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The template's transport did not answer in time: check that the device (or the server's child process) is running.</source>
        <translation>模板的传输未及时响应：请检查设备（或服务器的子进程）是否正在运行。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 failed: %2</source>
        <translation>步骤“%1”失败：%2</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/rpcclient.cpp" line="+52" />
        <source>The device reports an unusable maximum packet size (%1).</source>
        <translation>设备报告的最大数据包大小不可用（%1）。</translation>
    </message>
    <message>
        <location line="+58" />
        <source>The microTVM client is busy.</source>
        <translation>microTVM 客户端正忙。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The link to the device is gone.</source>
        <translation>与设备的连接已断开。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 needs an RPC packet of %2 bytes, over the device's limit of %3 bytes (TVM_CRT_MAX_PACKET_SIZE_BYTES %4 minus 11).</source>
        <translation>%1 需要 %2 字节的 RPC 数据包，超过了设备 %3 字节的上限（TVM_CRT_MAX_PACKET_SIZE_BYTES %4 减 11）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Raise TVM_CRT_MAX_PACKET_SIZE_BYTES in the firmware's crt_config.h (to at least %1), rebuild and flash it again.</source>
        <translation>请在固件的 crt_config.h 中增大 TVM_CRT_MAX_PACKET_SIZE_BYTES（至少为 %1），然后重新构建并烧录。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: no microTVM session with the device.</source>
        <translation>%1：没有与设备的 microTVM 会话。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect to the device again.</source>
        <translation>请重新连接设备。</translation>
    </message>
    <message>
        <location line="+38" />
        <location filename="../src/core/microtvm/rpcexecutor.cpp" line="+19" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 failed on the device (it gave no message).</source>
        <translation>%1 在设备上失败（未给出消息）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 failed on the device: %2</source>
        <translation>%1 在设备上失败：%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the firmware was built from the same model archive.</source>
        <translation>请检查固件是否由同一模型归档构建。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The device did not answer %1 within %2 ms.</source>
        <translation>设备未在 %2 毫秒内响应 %1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The device may be stuck or reset: reset the board and try again. A model that runs longer needs a longer timeout.</source>
        <translation>设备可能已卡住或已复位：请复位开发板后重试。运行时间较长的模型需要更长的超时时间。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A corrupted frame arrived while waiting for %1; the request was abandoned, never retried, and the session will restart.</source>
        <translation>等待 %1 时收到损坏的帧；该请求已放弃且不会重试，会话将重新启动。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a reply</source>
        <translation>应答</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the cable and the baud rate, then try again.</source>
        <translation>请检查电缆和波特率，然后重试。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The device reset itself during %1.</source>
        <translation>设备在 %1 期间自行复位。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Its state is lost: the request must start over. If the next request fails too, reset the board by hand; if it keeps resetting, check its power supply and its logs.</source>
        <translation>其状态已丢失：请求必须重新开始。如果下一个请求也失败，请手动复位开发板；如果它不断复位，请检查其电源和日志。</translation>
    </message>
    <message>
        <location line="+39" />
        <location filename="../src/core/microtvm/rpcrunner.cpp" line="+321" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>GetGlobalFunc(%1)</source>
        <translation>GetGlobalFunc(%1)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: the reply is not a handle.</source>
        <translation>%1：应答不是句柄。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The device has no function '%1'.</source>
        <translation>设备上没有函数 '%1'。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The firmware does not register it: check that it was built with the executor the model uses.</source>
        <translation>固件未注册该函数：请检查固件是否使用模型所用的执行器构建。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>FreeHandle(%1)</source>
        <translation>FreeHandle(%1)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>DevAllocDataWithScope(%1 bytes)</source>
        <translation>DevAllocDataWithScope(%1 字节)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: the device has no memory left.</source>
        <translation>%1：设备内存不足。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use a smaller model or a board with more RAM.</source>
        <translation>请使用更小的模型，或 RAM 更大的开发板。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>DevFreeData(%1)</source>
        <translation>DevFreeData(%1)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The device's packets are too small to copy a tensor.</source>
        <translation>设备的数据包太小，无法复制张量。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>CopyToRemote(bytes %1-%2 of %3)</source>
        <translation>CopyToRemote(字节 %1-%2，共 %3)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>CopyFromRemote(bytes %1-%2 of %3)</source>
        <translation>CopyFromRemote(字节 %1-%2，共 %3)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>CopyFromRemote: the device sent %1 bytes instead of %2.</source>
        <translation>CopyFromRemote：设备发送了 %1 字节，而不是 %2 字节。</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/rpcexecutor.cpp" line="+46" />
        <source>runtime.SystemLib returned no module.</source>
        <translation>runtime.SystemLib 未返回模块。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The graph JSON (%1 bytes minified)</source>
        <translation>图 JSON（压缩后 %1 字节）</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Creating the %1 (one per boot: reset the device if it already has one)</source>
        <translation>创建%1（每次启动只能创建一个：如果设备上已有，请复位设备）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 returned no module.</source>
        <translation>%1 未返回模块。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>ModuleGetFunction(%1)</source>
        <translation>ModuleGetFunction(%1)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The %1 on the device has no '%2'.</source>
        <translation>设备上的%1没有 '%2'。</translation>
    </message>
    <message>
        <location line="+40" />
        <location line="+58" />
        <source>get_input(%1)</source>
        <translation>get_input(%1)</translation>
    </message>
    <message>
        <location line="-52" />
        <source>Param '%1' has %2 bytes, the device's tensor %3.</source>
        <translation>参数 '%1' 有 %2 字节，而设备上的张量为 %3 字节。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The firmware was built from another model.</source>
        <translation>固件是由其他模型构建的。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 returned no tensor.</source>
        <translation>%1 未返回张量。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>get_output(%1)</source>
        <translation>get_output(%1)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 '%2' has %3 bytes on the device, %4 in the model archive.</source>
        <translation>%1 '%2' 在设备上有 %3 字节，在模型归档中为 %4 字节。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The firmware was built from another model: build and flash it again.</source>
        <translation>固件是由其他模型构建的：请重新构建并烧录。</translation>
    </message>
    <message>
        <location line="+126" />
        <source>RPCTimeEvaluator(%1)</source>
        <translation>RPCTimeEvaluator(%1)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>With 12 arguments: %1</source>
        <translation>使用 12 个参数：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 returned no function.</source>
        <translation>%1 未返回函数。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the timed %1</source>
        <translation>计时的%1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The time evaluator returned %1 bytes for %2 repeats.</source>
        <translation>时间评估器为 %2 次重复返回了 %1 字节。</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/rpcrunner.cpp" line="-290" />
        <source>The device reset: its executor is gone and will be created again by the next request.</source>
        <translation>设备已复位：其执行器已丢失，将在下一个请求时重新创建。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The device restarted: its executor is gone and will be created again.</source>
        <translation>设备已重启：其执行器已丢失，将重新创建。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>microTVM RPC, %1</source>
        <translation>microTVM RPC，%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>(no link)</source>
        <translation>（无连接）</translation>
    </message>
    <message>
        <location line="+47" />
        <source>The device is busy with another request.</source>
        <translation>设备正忙于处理另一个请求。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait for it to finish or cancel it.</source>
        <translation>请等待其完成，或将其取消。</translation>
    </message>
    <message>
        <location line="+82" />
        <source>The number of runs must be 1 to %1, not %2.</source>
        <translation>运行次数必须在 1 到 %1 之间，而不是 %2。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The model takes %1 inputs, but %2 were given.</source>
        <translation>模型需要 %1 个输入，但提供了 %2 个。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Input '%1' needs %2 bytes, but %3 were given.</source>
        <translation>输入 '%1' 需要 %2 字节，但提供了 %3 字节。</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Per-operator times need a graph-executor model; this one uses the AOT executor.</source>
        <translation>按算子统计时间需要使用图执行器的模型；此模型使用的是 AOT 执行器。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export the model with the graph executor to profile it.</source>
        <translation>请使用图执行器导出模型，以便进行性能分析。</translation>
    </message>
    <message>
        <location filename="../src/core/microtvm/rpcsession.cpp" line="+108" />
        <source>The device did not answer the microTVM session start within %1 ms.</source>
        <translation>设备未在 %1 毫秒内响应 microTVM 会话启动。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check that the board runs host-driven (microTVM RPC) firmware and is not stuck: reset it or flash it again, then retry.</source>
        <translation>请检查开发板运行的是主机驱动（microTVM RPC）固件且未卡住：请复位或重新烧录，然后重试。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The link is gone.</source>
        <translation>连接已断开。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No microTVM session is established.</source>
        <translation>尚未建立 microTVM 会话。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not write to the device.</source>
        <translation>无法写入设备。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Mlf</name>
    <message>
        <source>%1 is %2 bytes long, more than the %3 bytes accepted.</source>
        <translation type="vanished">%1 长 %2 字节，超过允许的 %3 字节。</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/metadataparser.cpp" line="+537" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="+114" />
        <source>The archive is probably damaged or not a Model Library Format archive.</source>
        <translation>归档可能已损坏，或不是 Model Library Format 归档。</translation>
    </message>
    <message>
        <source>%1 nests objects and arrays more than %2 levels deep (line %3, column %4).</source>
        <translation type="vanished">%1 中对象和数组的嵌套超过 %2 层（第 %3 行，第 %4 列）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file is not metadata written by TVM.</source>
        <translation>该文件不是 TVM 写入的元数据。</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="vanished">文件为空</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at line %2, column %3: %4.</source>
        <translation type="vanished">%1 在第 %2 行第 %3 列不是有效的 JSON：%4。</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="+2" />
        <source>The archive may be truncated or the file was edited by hand; export the model again.</source>
        <translation>归档可能被截断，或文件曾被手工编辑；请重新导出模型。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation type="vanished">%1 不是有效的 JSON。</translation>
    </message>
    <message>
        <source>null</source>
        <translation type="vanished">null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="vanished">布尔值</translation>
    </message>
    <message>
        <location line="-450" />
        <location line="+413" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="-53" />
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number with a fraction</source>
        <translation type="vanished">带小数的数字</translation>
    </message>
    <message>
        <location line="-400" />
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+28" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="-9" />
        <location line="+90" />
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+424" />
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="-90" />
        <location line="+70" />
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="vanished">未知值</translation>
    </message>
    <message>
        <location line="-502" />
        <source>The top level of %1</source>
        <translation>%1 的顶层</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field "%1"</source>
        <translation>字段“%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 should be %2 but is %3.</source>
        <translation>%1 应为%2，但实际为%3。</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+9" />
        <source>The metadata does not follow the Model Library Format; export the model again with TVM.</source>
        <translation>元数据不符合 Model Library Format；请用 TVM 重新导出模型。</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Required field "%1" is missing.</source>
        <translation>缺少必需字段“%1”。</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+457" />
        <source>The metadata is damaged; export the model again with TVM.</source>
        <translation>元数据已损坏；请用 TVM 重新导出模型。</translation>
    </message>
    <message>
        <location line="-441" />
        <source>Field "%1" is too large (%2).</source>
        <translation>字段“%1”过大（%2）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Field "%1" is %2, but a size cannot be negative.</source>
        <translation>字段“%1”为 %2，但大小不能为负。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>an array of strings</source>
        <translation>字符串数组</translation>
    </message>
    <message>
        <location line="+327" />
        <source>an object or an array of strings</source>
        <translation>对象或字符串数组</translation>
    </message>
    <message>
        <location line="+26" />
        <source>an object or an array</source>
        <translation>对象或数组</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The metadata has no "version" field.</source>
        <translation>元数据中没有“version”字段。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is not the metadata.json of a Model Library Format archive.</source>
        <translation>这不是 Model Library Format 归档的 metadata.json。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Model Library Format version %1 is not supported; supported versions are %2 to %3.</source>
        <translation>不支持 Model Library Format 版本 %1；支持的版本为 %2 到 %3。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The archive was written by a newer TVM; update TinyDeploy or export with TVM 0.18 or older.</source>
        <translation>该归档由较新的 TVM 写入；请更新 TinyDeploy，或使用 TVM 0.18 或更早版本导出。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Model Library Format version %1 does not exist; supported versions are %2 to %3.</source>
        <translation>不存在 Model Library Format 版本 %1；支持的版本为 %2 到 %3。</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The metadata lists no modules.</source>
        <translation>元数据中没有列出任何模块。</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/relayparser.cpp" line="+44" />
        <source>The Relay text has no main function ("def @main").</source>
        <translation>Relay 文本中没有 main 函数（“def @main”）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Input shapes cannot be read from this file.</source>
        <translation>无法从此文件读取输入形状。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the text ends before the body of main</source>
        <translation>文本在 main 函数体之前结束</translation>
    </message>
    <message>
        <location line="+2" />
        <source>expected '{' after the signature of main</source>
        <translation>main 的签名之后应为“{”</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The signature of the Relay main function cannot be read: %1 (byte %2).</source>
        <translation>无法读取 Relay main 函数的签名：%1（第 %2 字节）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tensor shapes will be taken from other files of the archive.</source>
        <translation>张量形状将从归档中的其他文件获取。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the text ends inside the signature of main</source>
        <translation>文本在 main 的签名中间结束</translation>
    </message>
    <message>
        <location line="+115" />
        <source>expected '=' after attribute %1</source>
        <translation>属性 %1 之后应为“=”</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unexpected character '%1' in the parameter list</source>
        <translation>参数列表中出现意外字符“%1”</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected ',' or ')' in the parameter list</source>
        <translation>参数列表中应为“,”或“)”</translation>
    </message>
    <message>
        <location line="+33" />
        <source>a parameter has no name</source>
        <translation>某个参数没有名称</translation>
    </message>
    <message>
        <location line="+33" />
        <source>output_tensor_names is not a list of strings</source>
        <translation>output_tensor_names 不是字符串列表</translation>
    </message>
    <message>
        <location line="+57" />
        <source>a dimension is too large</source>
        <translation>某个维度过大</translation>
    </message>
    <message>
        <location line="+10" />
        <source>unexpected character '%1' in a shape</source>
        <translation>形状中出现意外字符“%1”</translation>
    </message>
    <message>
        <location line="+14" />
        <source>expected ',' or ')' in a shape</source>
        <translation>形状中应为“,”或“)”</translation>
    </message>
    <message>
        <location line="+8" />
        <source>types are nested too deeply</source>
        <translation>类型嵌套过深</translation>
    </message>
    <message>
        <location line="+20" />
        <source>expected ',' or ')' in a tuple type</source>
        <translation>元组类型中应为“,”或“)”</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unexpected character '%1' in a type</source>
        <translation>类型中出现意外字符“%1”</translation>
    </message>
    <message>
        <location line="+15" />
        <source>expected ']' after the dtype of a tensor type</source>
        <translation>张量类型的数据类型之后应为“]”</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/headerparser.cpp" line="+135" />
        <source>The interface header is %1 bytes long, more than the %2 bytes accepted.</source>
        <translation>接口头文件长 %1 字节，超过允许的 %2 字节。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The archive is probably damaged.</source>
        <translation>归档可能已损坏。</translation>
    </message>
    <message>
        <location line="+104" />
        <source>The header declares nothing for module "%1".</source>
        <translation>头文件没有为模块“%1”声明任何内容。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The header is not the C interface header TVM generates for this module.</source>
        <translation>该头文件不是 TVM 为此模块生成的 C 接口头文件。</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/graphjsonparser.cpp" line="-102" />
        <source>Field "%1" of the graph should be %2 but is %3.</source>
        <translation>图的字段“%1”应为%2，但实际为%3。</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+8" />
        <location line="+16" />
        <source>The graph JSON is damaged; export the model again.</source>
        <translation>图 JSON 已损坏；请重新导出模型。</translation>
    </message>
    <message>
        <location line="-2" />
        <source>The graph has no "%1" field.</source>
        <translation>图中没有“%1”字段。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Index %1 in "%2" is out of range (0 to %3).</source>
        <translation>“%2”中的索引 %1 超出范围（0 到 %3）。</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The file is not a graph written by TVM.</source>
        <translation>该文件不是由 TVM 生成的图。</translation>
    </message>
    <message>
        <location line="+71" />
        <source>an array [node, output, version]</source>
        <translation>数组 [节点, 输出, 版本]</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/paramsdecoder.cpp" line="+78" />
        <source>the file header</source>
        <translation>文件头</translation>
    </message>
    <message>
        <location line="+3" />
        <source>name %1 of %2</source>
        <translation>第 %1 个名称（共 %2 个）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the array count</source>
        <translation>数组数量</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the header of array %1 of %2</source>
        <translation>第 %1 个数组（共 %2 个）的头部</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the data of array %1 of %2</source>
        <translation>第 %1 个数组（共 %2 个）的数据</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The parameters file ends after %1 bytes, inside %2.</source>
        <translation>参数文件在 %1 字节后结束，位于%2中。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The archive is truncated or damaged; copy or export it again.</source>
        <translation>归档被截断或已损坏；请重新复制或导出。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The parameters file has unexpected bytes after its last array (at byte %1).</source>
        <translation>参数文件在最后一个数组之后有意外字节（第 %1 字节处）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The archive is damaged; export the model again.</source>
        <translation>归档已损坏；请重新导出模型。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Skipped %1 bytes where %2 could be skipped.</source>
        <translation>跳过了 %1 字节，而本可跳过 %2 字节。</translation>
    </message>
    <message>
        <location line="+72" />
        <location line="+70" />
        <source>The parameters file is damaged; export the model again.</source>
        <translation>参数文件已损坏；请重新导出模型。</translation>
    </message>
    <message>
        <location line="-64" />
        <source>The parameters file is damaged or not a TVM parameters file.</source>
        <translation>参数文件已损坏或不是 TVM 参数文件。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The parameters file does not start with the TVM parameter list magic: expected %1, found %2.</source>
        <translation>参数文件不是以 TVM 参数列表的标识开头：应为 %1，实际为 %2。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This is not a TVM parameters file; export the model again.</source>
        <translation>这不是 TVM 参数文件；请重新导出模型。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The parameters file declares %1 names, more than the %2 accepted.</source>
        <translation>参数文件声明了 %1 个名称，超过允许的 %2 个。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Name %1 of the parameters file is %2 bytes long, more than the %3 accepted.</source>
        <translation>参数文件的第 %1 个名称长 %2 字节，超过允许的 %3 字节。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The parameters file has %1 names but %2 arrays.</source>
        <translation>参数文件有 %1 个名称，但有 %2 个数组。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Array %1 ("%2") of the parameters file does not start with the TVM array magic at byte %3: expected %4, found %5.</source>
        <translation>参数文件的第 %1 个数组（“%2”）在第 %3 字节处不是以 TVM 数组标识开头：应为 %4，实际为 %5。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Array "%1" has %2 dimensions; 0 to %3 are accepted.</source>
        <translation>数组“%1”有 %2 个维度；允许 0 到 %3 个。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Array "%1" has an invalid dtype (code %2, %3 bits, %4 lanes).</source>
        <translation>数组“%1”的数据类型无效（代码 %2，%3 位，%4 通道）。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Array "%1" has a negative dimension (%2).</source>
        <translation>数组“%1”有负维度（%2）。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Array "%1" is larger than %2 bytes.</source>
        <translation>数组“%1”大于 %2 字节。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Array "%1" (%2 of shape [%3]) declares %4 data bytes; %5 were expected.</source>
        <translation>数组“%1”（%2，形状 [%3]）声明了 %4 个数据字节；预期为 %5。</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelinfomerge.cpp" line="+132" />
        <source>Module "%1": %2</source>
        <translation>模块“%1”：%2</translation>
    </message>
    <message>
        <location line="+131" />
        <source>Tensor "%1" is %2 bytes according to the metadata, but its shape %3 and dtype %4 (from %5) make %6 bytes.</source>
        <translation>根据元数据，张量“%1”为 %2 字节，但其形状 %3 和数据类型 %4（来自 %5）得出 %6 字节。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Tensor "%1" is %2 bytes according to the metadata, but the header says %3 bytes.</source>
        <translation>根据元数据，张量“%1”为 %2 字节，但头文件给出的是 %3 字节。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The inputs of the model could not be determined (no inputs in the metadata, no relay text, graph or header describing them).</source>
        <translation>无法确定模型的输入（元数据中没有输入，也没有描述输入的 Relay 文本、图或头文件）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No definition of tvmgen_%1_run was found in the generated C sources; the model cannot be called directly.</source>
        <translation>在生成的 C 源码中未找到 tvmgen_%1_run 的定义；无法直接调用该模型。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The header declares %1, but the generated code defines only %2 (an archive exported by a TVM from late 2021); %2 will be called.</source>
        <translation>头文件声明了 %1，但生成的代码只定义了 %2（由 2021 年末的 TVM 导出的归档）；将调用 %2。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Module "%1" uses the graph executor, which needs host-driven execution over microTVM RPC; only AOT models run standalone on a device.</source>
        <translation>模块“%1”使用图执行器，需要通过 microTVM RPC 由主机驱动执行；只有 AOT 模型能在设备上独立运行。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The TVM version that exported this archive is unknown (its metadata has no external_dependencies entry).</source>
        <translation>导出此归档的 TVM 版本未知（其元数据中没有 external_dependencies 条目）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The archive has no runtime/ folder (exported before TVM 0.9 or without the CRT runtime); the template must provide the TVM C runtime.</source>
        <translation>归档中没有 runtime/ 文件夹（在 TVM 0.9 之前导出或未包含 CRT 运行时）；模板必须提供 TVM C 运行时。</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchive.cpp" line="+66" />
        <source>This is not a tar archive.</source>
        <translation>这不是 tar 归档。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a Model Library Format archive (.tar, .tar.gz, .tar.xz or .tar.zst) or its extracted folder, as written by TVM's export_model_library_format or tvmc compile.</source>
        <translation>请选择 Model Library Format 归档（.tar、.tar.gz、.tar.xz 或 .tar.zst）或其解压后的文件夹，即 TVM 的 export_model_library_format 或 tvmc compile 所写出的内容。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The archive is truncated: it ends in the middle of a member.</source>
        <translation>归档被截断：在某个成员中间结束。</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+85" />
        <location line="+34" />
        <source>The file was probably not copied or downloaded completely; get it again.</source>
        <translation>文件可能未完整复制或下载；请重新获取。</translation>
    </message>
    <message>
        <location line="-117" />
        <source>The archive is damaged and cannot be read.</source>
        <translation>归档已损坏，无法读取。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get the archive again or export it again with TVM.</source>
        <translation>请重新获取归档，或用 TVM 重新导出。</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchive_p.h" line="+79" />
        <source>Reading the archive was cancelled.</source>
        <translation>读取归档已取消。</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchive.cpp" line="+11" />
        <location filename="../src/core/mlf/extractsafely.cpp" line="+232" />
        <source>Out of memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <location line="+41" />
        <source>This archive uses an unsupported compression.</source>
        <translation>此归档使用了不支持的压缩方式。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The archive is truncated: it ends inside the header of its first member.</source>
        <translation>归档已截断：它在第一个成员的头部内结束。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The archive could not be read.</source>
        <translation>无法读取归档。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The archive is truncated: it does not end with the end-of-archive marker of a tar file.</source>
        <translation>归档被截断：没有以 tar 文件的结束标记结尾。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The folder has more than %1 files.</source>
        <translation>文件夹中的文件超过 %1 个。</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchivemembers.cpp" line="+91" />
        <source>A member name is longer than %1 bytes.</source>
        <translation>某个成员名称长于 %1 字节。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The member name is not valid UTF-8.</source>
        <translation>成员名称不是有效的 UTF-8。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TVM writes UTF-8 names only; this archive was altered by another tool. Rename the file and pack the archive again.</source>
        <translation>TVM 只写入 UTF-8 名称；此归档被其他工具修改过。请重命名文件并重新打包归档。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The member name contains control characters.</source>
        <translation>成员名称包含控制字符。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The member has an absolute path; extracting it would write outside the target folder.</source>
        <translation>该成员使用绝对路径；解压它会写到目标文件夹之外。</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+10" />
        <location filename="../src/core/mlf/extractsafely.cpp" line="-122" />
        <source>Do not use this archive; it may have been crafted to overwrite files.</source>
        <translation>请勿使用此归档；它可能是为覆盖文件而精心构造的。</translation>
    </message>
    <message>
        <location line="-3" />
        <source>The member name contains ".."; extracting it would write outside the target folder.</source>
        <translation>成员名称包含“..”；解压它会写到目标文件夹之外。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The member is a device node, FIFO or socket, which a model archive never contains.</source>
        <translation>该成员是设备节点、FIFO 或套接字，模型归档中绝不会包含这些。</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../src/core/mlf/extractsafely.cpp" line="+23" />
        <source>Do not use this archive.</source>
        <translation>请勿使用此归档。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The member would be written through the symbolic link "%1" of the same archive.</source>
        <translation>该成员会经由同一归档中的符号链接“%1”写入。</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+22" />
        <location line="+14" />
        <source>Do not use this archive; it may have been crafted to write outside its folder.</source>
        <translation>请勿使用此归档；它可能是为写到其文件夹之外而精心构造的。</translation>
    </message>
    <message>
        <location line="-26" />
        <source>The link target is not valid UTF-8.</source>
        <translation>链接目标不是有效的 UTF-8。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The symbolic link points outside the archive (to "%1").</source>
        <translation>符号链接指向归档之外（指向“%1”）。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The hard link points to "%1", which is not an earlier file of the archive.</source>
        <translation>硬链接指向“%1”，它不是归档中更早出现的文件。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The archive contains "%1" twice.</source>
        <translation>归档中包含两次“%1”。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tools disagree on which copy wins; pack the archive again with each file once.</source>
        <translation>各工具对哪个副本生效意见不一；请重新打包，每个文件只包含一次。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The archive has more than %1 members.</source>
        <translation>归档中的成员超过 %1 个。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The member has a negative size.</source>
        <translation>该成员的大小为负。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The archive unpacks to more than %1 MiB (the member declares %2 bytes).</source>
        <translation>归档解压后超过 %1 MiB（该成员声明了 %2 字节）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is far larger than any model; the archive may be a decompression bomb.</source>
        <translation>这远大于任何模型；该归档可能是解压炸弹。</translation>
    </message>
    <message>
        <location line="+136" />
        <location line="+10" />
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchive.cpp" line="+49" />
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the path.</source>
        <translation>请检查路径。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file could not be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This is not a regular file.</source>
        <translation>这不是普通文件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a model archive or its extracted folder.</source>
        <translation>请选择模型归档或其解压后的文件夹。</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+16" />
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location line="-14" />
        <source>The export or the download probably failed; get the archive again.</source>
        <translation>导出或下载可能失败了；请重新获取归档。</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchivemembers.cpp" line="+16" />
        <source>The archive is not open.</source>
        <translation>归档未打开。</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+11" />
        <source>No member to read.</source>
        <translation>没有可读取的成员。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The member is %1 bytes; at most %2 bytes are read.</source>
        <translation>该成员为 %1 字节；最多读取 %2 字节。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The member is larger than %1 bytes.</source>
        <translation>该成员大于 %1 字节。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The archive has no member "%1".</source>
        <translation>归档中没有成员“%1”。</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/modelarchivesummary.cpp" line="+80" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+112" />
        <source>metadata.json is %1 bytes; at most %2 bytes are accepted.</source>
        <translation>metadata.json 为 %1 字节；最多允许 %2 字节。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Real metadata is a few KiB; this archive is damaged or hostile.</source>
        <translation>真实的元数据只有几 KiB；此归档已损坏或带有恶意。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The header is larger than %1 bytes and was not read.</source>
        <translation>头文件大于 %1 字节，未被读取。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The graph JSON is larger than %1 bytes and was not read.</source>
        <translation>图 JSON 大于 %1 字节，未被读取。</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Every Model Library Format archive has metadata.json at its top level; export the model again with TVM (tvm.micro.export_model_library_format or tvmc compile --output-format mlf).</source>
        <translation>每个 Model Library Format 归档的顶层都有 metadata.json；请用 TVM 重新导出模型（tvm.micro.export_model_library_format 或 tvmc compile --output-format mlf）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Found %1: the archive has an extra top folder. Pack the contents of that folder instead.</source>
        <translation>找到了 %1：归档多了一层顶层文件夹。请改为打包该文件夹的内容。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The archive has no metadata.json, so it is not a Model Library Format archive.</source>
        <translation>归档中没有 metadata.json，因此不是 Model Library Format 归档。</translation>
    </message>
    <message>
        <location filename="../src/core/mlf/extractsafely.cpp" line="-34" />
        <source>The member could not be written.</source>
        <translation>无法写入该成员。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the free space and the permissions of the target folder.</source>
        <translation>请检查目标文件夹的剩余空间和权限。</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+50" />
        <source>The member would be written outside the target folder.</source>
        <translation>该成员会被写到目标文件夹之外。</translation>
    </message>
    <message>
        <location line="-30" />
        <source>The member would be written through "%1", which is not a folder.</source>
        <translation>该成员会经由“%1”写入，而它不是文件夹。</translation>
    </message>
    <message>
        <location line="+70" />
        <source>The member holds more data than it declares.</source>
        <translation>该成员包含的数据多于其声明。</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+31" />
        <source>Extraction was cancelled.</source>
        <translation>解压已取消。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The extracted files could not be finished: %1</source>
        <translation>无法完成解压出的文件：%1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The target must name a new folder.</source>
        <translation>目标必须是一个新文件夹。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The target folder already exists.</source>
        <translation>目标文件夹已存在。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a new folder name or remove the existing folder.</source>
        <translation>请选择新的文件夹名称，或删除现有文件夹。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The folder that should contain the target does not exist.</source>
        <translation>用于存放目标的文件夹不存在。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create it first.</source>
        <translation>请先创建它。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A temporary folder could not be created beside the target: %1</source>
        <translation>无法在目标旁边创建临时文件夹：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the permissions of the folder.</source>
        <translation>请检查文件夹的权限。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The extracted folder could not be moved into place: %1</source>
        <translation>无法将解压出的文件夹移动到位：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another program may have created the target meanwhile.</source>
        <translation>可能有其他程序在此期间创建了目标。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Mlf::Extractor</name>
    <message>
        <source>The member could not be written.</source>
        <translation type="vanished">无法写入该成员。</translation>
    </message>
    <message>
        <source>Check the free space and the permissions of the target folder.</source>
        <translation type="vanished">请检查目标文件夹的剩余空间和权限。</translation>
    </message>
    <message>
        <source>The member would be written outside the target folder.</source>
        <translation type="vanished">该成员会被写到目标文件夹之外。</translation>
    </message>
    <message>
        <source>Do not use this archive; it may have been crafted to overwrite files.</source>
        <translation type="vanished">请勿使用此归档；它可能是为覆盖文件而精心构造的。</translation>
    </message>
    <message>
        <source>The member would be written through "%1", which is not a folder.</source>
        <translation type="vanished">该成员会经由“%1”写入，而它不是文件夹。</translation>
    </message>
    <message>
        <source>Do not use this archive.</source>
        <translation type="vanished">请勿使用此归档。</translation>
    </message>
    <message>
        <source>The member holds more data than it declares.</source>
        <translation type="vanished">该成员包含的数据多于其声明。</translation>
    </message>
    <message>
        <source>Extraction was cancelled.</source>
        <translation type="vanished">解压已取消。</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="vanished">内存不足。</translation>
    </message>
    <message>
        <source>The extracted files could not be finished: %1</source>
        <translation type="vanished">无法完成解压出的文件：%1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Mlf::ModelArchive</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="vanished">文件不存在。</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation type="vanished">请检查路径。</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation type="vanished">无法打开文件：%1</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation type="vanished">这不是普通文件。</translation>
    </message>
    <message>
        <source>Choose a model archive or its extracted folder.</source>
        <translation type="vanished">请选择模型归档或其解压后的文件夹。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="vanished">文件为空。</translation>
    </message>
    <message>
        <source>The export or the download probably failed; get the archive again.</source>
        <translation type="vanished">导出或下载可能失败了；请重新获取归档。</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation type="vanished">归档未打开。</translation>
    </message>
    <message>
        <source>No member to read.</source>
        <translation type="vanished">没有可读取的成员。</translation>
    </message>
    <message>
        <source>The member is %1 bytes; at most %2 bytes are read.</source>
        <translation type="vanished">该成员为 %1 字节；最多读取 %2 字节。</translation>
    </message>
    <message>
        <source>The member is larger than %1 bytes.</source>
        <translation type="vanished">该成员大于 %1 字节。</translation>
    </message>
    <message>
        <source>The archive has no member "%1".</source>
        <translation type="vanished">归档中没有成员“%1”。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Mlf::ModelArchive::Private</name>
    <message>
        <source>This is not a tar archive.</source>
        <translation type="vanished">这不是 tar 归档。</translation>
    </message>
    <message>
        <source>Choose a Model Library Format archive (.tar, .tar.gz, .tar.xz or .tar.zst) or its extracted folder, as written by TVM's export_model_library_format or tvmc compile.</source>
        <translation type="vanished">请选择 Model Library Format 归档（.tar、.tar.gz、.tar.xz 或 .tar.zst）或其解压后的文件夹，即 TVM 的 export_model_library_format 或 tvmc compile 所写出的内容。</translation>
    </message>
    <message>
        <source>The archive is truncated: it ends in the middle of a member.</source>
        <translation type="vanished">归档被截断：在某个成员中间结束。</translation>
    </message>
    <message>
        <source>The file was probably not copied or downloaded completely; get it again.</source>
        <translation type="vanished">文件可能未完整复制或下载；请重新获取。</translation>
    </message>
    <message>
        <source>The archive is damaged and cannot be read.</source>
        <translation type="vanished">归档已损坏，无法读取。</translation>
    </message>
    <message>
        <source>Get the archive again or export it again with TVM.</source>
        <translation type="vanished">请重新获取归档，或用 TVM 重新导出。</translation>
    </message>
    <message>
        <source>Reading the archive was cancelled.</source>
        <translation type="vanished">读取归档已取消。</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="vanished">内存不足。</translation>
    </message>
    <message>
        <source>This archive uses an unsupported compression.</source>
        <translation type="vanished">此归档使用了不支持的压缩方式。</translation>
    </message>
    <message>
        <source>The archive could not be read.</source>
        <translation type="vanished">无法读取归档。</translation>
    </message>
    <message>
        <source>The archive is truncated: it does not end with the end-of-archive marker of a tar file.</source>
        <translation type="vanished">归档被截断：没有以 tar 文件的结束标记结尾。</translation>
    </message>
    <message>
        <source>The folder has more than %1 files.</source>
        <translation type="vanished">文件夹中的文件超过 %1 个。</translation>
    </message>
    <message>
        <source>A member name is longer than %1 bytes.</source>
        <translation type="vanished">某个成员名称长于 %1 字节。</translation>
    </message>
    <message>
        <source>The member name is not valid UTF-8.</source>
        <translation type="vanished">成员名称不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>TVM writes UTF-8 names only; this archive was altered by another tool. Rename the file and pack the archive again.</source>
        <translation type="vanished">TVM 只写入 UTF-8 名称；此归档被其他工具修改过。请重命名文件并重新打包归档。</translation>
    </message>
    <message>
        <source>The member name contains control characters.</source>
        <translation type="vanished">成员名称包含控制字符。</translation>
    </message>
    <message>
        <source>The member has an absolute path; extracting it would write outside the target folder.</source>
        <translation type="vanished">该成员使用绝对路径；解压它会写到目标文件夹之外。</translation>
    </message>
    <message>
        <source>Do not use this archive; it may have been crafted to overwrite files.</source>
        <translation type="vanished">请勿使用此归档；它可能是为覆盖文件而精心构造的。</translation>
    </message>
    <message>
        <source>The member name contains ".."; extracting it would write outside the target folder.</source>
        <translation type="vanished">成员名称包含“..”；解压它会写到目标文件夹之外。</translation>
    </message>
    <message>
        <source>The member is a device node, FIFO or socket, which a model archive never contains.</source>
        <translation type="vanished">该成员是设备节点、FIFO 或套接字，模型归档中绝不会包含这些。</translation>
    </message>
    <message>
        <source>Do not use this archive.</source>
        <translation type="vanished">请勿使用此归档。</translation>
    </message>
    <message>
        <source>The member would be written through the symbolic link "%1" of the same archive.</source>
        <translation type="vanished">该成员会经由同一归档中的符号链接“%1”写入。</translation>
    </message>
    <message>
        <source>Do not use this archive; it may have been crafted to write outside its folder.</source>
        <translation type="vanished">请勿使用此归档；它可能是为写到其文件夹之外而精心构造的。</translation>
    </message>
    <message>
        <source>The link target is not valid UTF-8.</source>
        <translation type="vanished">链接目标不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The symbolic link points outside the archive (to "%1").</source>
        <translation type="vanished">符号链接指向归档之外（指向“%1”）。</translation>
    </message>
    <message>
        <source>The hard link points to "%1", which is not an earlier file of the archive.</source>
        <translation type="vanished">硬链接指向“%1”，它不是归档中更早出现的文件。</translation>
    </message>
    <message>
        <source>The archive contains "%1" twice.</source>
        <translation type="vanished">归档中包含两次“%1”。</translation>
    </message>
    <message>
        <source>Tools disagree on which copy wins; pack the archive again with each file once.</source>
        <translation type="vanished">各工具对哪个副本生效意见不一；请重新打包，每个文件只包含一次。</translation>
    </message>
    <message>
        <source>The archive has more than %1 members.</source>
        <translation type="vanished">归档中的成员超过 %1 个。</translation>
    </message>
    <message>
        <source>The member has a negative size.</source>
        <translation type="vanished">该成员的大小为负。</translation>
    </message>
    <message>
        <source>The archive unpacks to more than %1 MiB (the member declares %2 bytes).</source>
        <translation type="vanished">归档解压后超过 %1 MiB（该成员声明了 %2 字节）。</translation>
    </message>
    <message>
        <source>This is far larger than any model; the archive may be a decompression bomb.</source>
        <translation type="vanished">这远大于任何模型；该归档可能是解压炸弹。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="vanished">无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Package</name>
    <message>
        <location filename="../src/core/package/packagemanifest.cpp" line="+31" />
        <location filename="../src/core/package/flashrecipe.cpp" line="+77" />
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location line="+16" />
        <location filename="../src/core/package/flashrecipe.cpp" line="-6" />
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <location line="+8" />
        <source>must be a relative path inside the package</source>
        <translation>必须是部署包内的相对路径</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The package's manifest is malformed: %1 %2.</source>
        <translation>部署包的清单格式错误：%1 %2。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the package again with tinydeploy-cli package (or Export Deployment Package in the GUI).</source>
        <translation>请使用 tinydeploy-cli package（或图形界面中的“导出部署包”）重新制作部署包。</translation>
    </message>
    <message>
        <location line="+93" />
        <source>The package's manifest is larger than %1 MiB: this is not a deployment package.</source>
        <translation>部署包的清单大于 %1 MiB：这不是部署包。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The package's manifest is not a JSON object.</source>
        <translation>部署包的清单不是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file is damaged or not a deployment package: make the package again.</source>
        <translation>该文件已损坏或不是部署包：请重新制作部署包。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The package's manifest has no package_format: this is not a deployment package.</source>
        <translation>部署包的清单中没有 package_format：这不是部署包。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The package has format version %1; this TinyDeploy reads version %2.</source>
        <translation>部署包的格式版本为 %1；此 TinyDeploy 可读取版本 %2。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Update TinyDeploy to open it.</source>
        <translation>请更新 TinyDeploy 以打开它。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make the package again with this TinyDeploy.</source>
        <translation>请使用此 TinyDeploy 重新制作部署包。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>must be an ISO 8601 time</source>
        <translation>必须是 ISO 8601 时间</translation>
    </message>
    <message>
        <location line="+44" />
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <location line="+13" />
        <source>must be 64 lowercase hex digits</source>
        <translation>必须是 64 位小写十六进制数字</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must be a byte count</source>
        <translation>必须是字节数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>names a member twice</source>
        <translation>重复列出了某个成员</translation>
    </message>
    <message>
        <location line="+15" />
        <source>names %1, which is not among the members</source>
        <translation>列出了 %1，但它不在成员之中</translation>
    </message>
    <message>
        <location filename="../src/core/package/flashrecipe.cpp" line="-53" />
        <source>The flash recipe is not usable: %1 %2.</source>
        <translation>烧录方案不可用：%1 %2。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build the project again with this TinyDeploy, then make the package again.</source>
        <translation>请使用此 TinyDeploy 重新构建项目，然后重新制作部署包。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>is larger than 1 MiB</source>
        <translation>大于 1 MiB</translation>
    </message>
    <message>
        <location line="+4" />
        <source>is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+7" />
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The flash recipe has format version %1; this TinyDeploy reads version %2.</source>
        <translation>烧录方案的格式版本为 %1；此 TinyDeploy 可读取版本 %2。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Use the TinyDeploy that made the package, or make it again.</source>
        <translation>请使用制作该部署包的 TinyDeploy，或重新制作。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>must name at least one file</source>
        <translation>必须至少列出一个文件</translation>
    </message>
    <message>
        <location line="+11" />
        <source>is not a known kind of file</source>
        <translation>不是已知的文件类型</translation>
    </message>
    <message>
        <location line="+3" />
        <source>must be a relative path inside the project</source>
        <translation>必须是项目内的相对路径</translation>
    </message>
    <message>
        <location filename="../src/core/package/packagewriter.cpp" line="+73" />
        <source>The file is too large for a deployment package.</source>
        <translation>该文件过大，无法放入部署包。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot read a file of the package.</source>
        <translation>无法读取部署包中的某个文件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the project is built and readable.</source>
        <translation>请检查项目是否已构建且可读。</translation>
    </message>
    <message>
        <location line="+169" />
        <source>Cannot write the deployment package.</source>
        <translation>无法写入部署包。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the free space and the permissions of the folder.</source>
        <translation>请检查可用空间和文件夹权限。</translation>
    </message>
    <message>
        <location line="+53" />
        <source>The project folder does not exist.</source>
        <translation>项目文件夹不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the folder of a generated and built project.</source>
        <translation>请指定一个已生成并已构建的项目的文件夹。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The project cannot be packaged: its template does not describe how to flash without it.</source>
        <translation>无法打包此项目：其模板未说明如何在没有模板的情况下烧录。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deployment packages need a project of TinyDeploy's own templates (host, qemu-cortex-m, stm32, microbit); flash this one with tinydeploy-cli flash.</source>
        <translation>部署包需要基于 TinyDeploy 自带模板（host, qemu-cortex-m, stm32, microbit）的项目；请使用 tinydeploy-cli flash 烧录此项目。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The project is not built (or was built before TinyDeploy wrote flash recipes).</source>
        <translation>该项目尚未构建（或构建于 TinyDeploy 开始写入烧录方案之前）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build it (tinydeploy-cli build PROJECT), then make the package.</source>
        <translation>请先构建它（tinydeploy-cli build PROJECT），然后制作部署包。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot read the project's flash recipe.</source>
        <translation>无法读取项目的烧录方案。</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The built firmware named by the flash recipe is missing.</source>
        <translation>烧录方案中指定的已构建固件缺失。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build the project again, then make the package.</source>
        <translation>请重新构建项目，然后制作部署包。</translation>
    </message>
    <message>
        <location filename="../src/core/package/packagereader.cpp" line="+27" />
        <source>Do not flash it: ask for the package again, or make it again from the built project.</source>
        <translation>请勿烧录：请重新索取部署包，或从已构建的项目重新制作。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The deployment package does not exist or is not a file.</source>
        <translation>部署包不存在或不是文件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the path of a .tdpkg file.</source>
        <translation>请指定 .tdpkg 文件的路径。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file is not a deployment package (not a tar archive).</source>
        <translation>该文件不是部署包（不是 tar 归档）。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The file is not a deployment package: its first member is not manifest.json.</source>
        <translation>该文件不是部署包：其第一个成员不是 manifest.json。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Make packages with tinydeploy-cli package or the GUI's Export Deployment Package.</source>
        <translation>请使用 tinydeploy-cli package 或图形界面中的“导出部署包”制作部署包。</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The package holds a link; deployment packages hold only files.</source>
        <translation>部署包中包含链接；部署包只能包含文件。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The package was changed after it was written: it holds %1, which its manifest does not list.</source>
        <translation>部署包在写入后被修改过：其中包含 %1，但清单中未列出。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The package was changed after it was written: %1 has %2 bytes, its manifest recorded %3.</source>
        <translation>部署包在写入后被修改过：%1 有 %2 字节，而清单中记录的是 %3 字节。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The package was changed after it was written: %1, which its manifest lists, is missing.</source>
        <translation>部署包在写入后被修改过：清单中列出的 %1 缺失。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The package was changed after it was written: the contents of %1 differ from what its manifest recorded (SHA-256 %2, expected %3).</source>
        <translation>部署包在写入后被修改过：%1 的内容与清单中记录的不同（SHA-256 %2，应为 %3）。</translation>
    </message>
    <message>
        <location filename="../src/core/package/recipeflasher.cpp" line="+45" />
        <source>TinyDeploy's flashing library (firmware_templates/common/tdserver) is not installed beside the program.</source>
        <translation>TinyDeploy 的烧录库（firmware_templates/common/tdserver）未安装在程序旁边。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reinstall TinyDeploy: flashing a package needs its share folder.</source>
        <translation>请重新安装 TinyDeploy：烧录部署包需要其 share 文件夹。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Looked in: %1</source>
        <translation>已查找：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(no bundled folder)</source>
        <translation>（无内置文件夹）</translation>
    </message>
    <message>
        <location line="+33" />
        <source>A flash is already in progress.</source>
        <translation>已有烧录正在进行。</translation>
    </message>
    <message>
        <location line="+121" />
        <source>Command: %1
Exit status %2
Last lines of output:
%3</source>
        <translation>命令：%1
退出状态 %2
输出的最后几行：
%3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The flash was cancelled.</source>
        <translation>烧录已取消。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The flashing library could not be started: %1</source>
        <translation>无法启动烧录库：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The flashing library ended without saying why (exit status %1).</source>
        <translation>烧录库已退出，但未说明原因（退出状态 %1）。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Plugin</name>
    <message>
        <location filename="../src/core/plugin/plugininfo.cpp" line="+10" />
        <source>not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <location line="+2" />
        <source>loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <location line="+2" />
        <source>incompatible</source>
        <translation>不兼容</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not used (an earlier copy was loaded)</source>
        <translation>未使用（已加载较早的副本）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../src/core/plugin/pluginmanager.cpp" line="+69" />
        <source>%1 (built in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reinstall TinyDeploy, or remove this file from the plugin folder.</source>
        <translation>请重新安装 TinyDeploy，或将此文件从插件文件夹中移除。</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Install the plugin that came with this TinyDeploy (%1), or reinstall TinyDeploy.</source>
        <translation>请安装此 TinyDeploy（%1）附带的插件，或重新安装 TinyDeploy。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The plugin does not say which TinyDeploy versions it works with (no "%1" in its metadata).</source>
        <translation>插件未说明它适用于哪些 TinyDeploy 版本（其元数据中没有“%1”）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The plugin's "%1" is not a string.</source>
        <translation>插件的“%1”不是字符串。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The plugin's "%1" is not a version number: "%2".</source>
        <translation>插件的“%1”不是版本号：“%2”。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The plugin's metadata is inconsistent: compatVersion %1 is newer than version %2.</source>
        <translation>插件元数据不一致：compatVersion %1 比 version %2 更新。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The plugin is made for TinyDeploy %1; this is TinyDeploy %2.</source>
        <translation>该插件为 TinyDeploy %1 制作；当前是 TinyDeploy %2。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The plugin is made for TinyDeploy %1 to %2; this is TinyDeploy %3.</source>
        <translation>该插件为 TinyDeploy %1 到 %2 制作；当前是 TinyDeploy %3。</translation>
    </message>
    <message>
        <location line="+78" />
        <source>This file is not a TinyDeploy plugin, or it is damaged.</source>
        <translation>此文件不是 TinyDeploy 插件，或已损坏。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The plugin's metadata names no interface (IID).</source>
        <translation>插件元数据未指明接口（IID）。</translation>
    </message>
    <message>
        <location line="+73" />
        <source>The plugin could not be loaded.</source>
        <translation>无法加载该插件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A library it needs may be missing or of another version. Reinstall TinyDeploy.</source>
        <translation>它需要的某个库可能缺失或版本不对。请重新安装 TinyDeploy。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The plugin declares the interface %1 but its object (%2) does not implement it.</source>
        <translation>插件声明了接口 %1，但其对象（%2）没有实现它。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::ProjectApi</name>
    <message>
        <location filename="../src/core/projectapi/base85.cpp" line="+79" />
        <source>Invalid Base85 character 0x%1 at offset %2.</source>
        <translation>位置 %2 处有无效的 Base85 字符 0x%1。</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+8" />
        <source>The data is not Base85 text as Python's base64.b85encode makes it.</source>
        <translation>数据不是 Python 的 base64.b85encode 生成的 Base85 文本。</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Base85 overflow in the group starting at offset %1.</source>
        <translation>从位置 %1 开始的分组发生 Base85 溢出。</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/jsonrpc.cpp" line="+22" />
        <source>... (%1 bytes in total)</source>
        <translation>...（共 %1 字节）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reply line: %1</source>
        <translation>回复行：%1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The Project API server sent a malformed reply: %1</source>
        <translation>Project API 服务器发送了格式错误的回复：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The template's server does not follow the Project API protocol; check its log output.</source>
        <translation>模板的服务器不遵循 Project API 协议；请检查其日志输出。</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Server message: %1</source>
        <translation>服务器消息：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server message: %1

%2</source>
        <translation>服务器消息：%1

%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The device transport is closed.</source>
        <translation>设备传输已关闭。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the board is connected and flashed, then open the transport again.</source>
        <translation>请确认开发板已连接并已烧录，然后重新打开传输。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The device did not answer in time.</source>
        <translation>设备未及时响应。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the connection to the board, or allow a longer timeout.</source>
        <translation>请检查与开发板的连接，或允许更长的超时。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The template does not support this TVM version.</source>
        <translation>该模板不支持此 TVM 版本。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use a template made for the TVM version of the model, or a newer template.</source>
        <translation>请使用为模型的 TVM 版本制作的模板，或更新的模板。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The Project API server failed: %1</source>
        <translation>Project API 服务器出错：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read the server's log output above the traceback for the cause.</source>
        <translation>原因请查看服务器日志输出中 traceback 上方的内容。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The server rejected the request as invalid: %1</source>
        <translation>服务器以无效为由拒绝了请求：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is a bug in TinyDeploy or the server; the server stops after this error.</source>
        <translation>这是 TinyDeploy 或服务器的缺陷；服务器在此错误后停止。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server does not implement this method: %1</source>
        <translation>服务器未实现此方法：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The template may be too old or incomplete for this step.</source>
        <translation>该模板对于此步骤可能过旧或不完整。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server rejected the parameters: %1</source>
        <translation>服务器拒绝了这些参数：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The template may expect a different Project API version.</source>
        <translation>该模板可能需要另一版本的 Project API。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server answered with error %1: %2</source>
        <translation>服务器返回错误 %1：%2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>not JSON (%1 at offset %2)</source>
        <translation>不是 JSON（位置 %2 处：%1）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"jsonrpc" is not "2.0"</source>
        <translation>“jsonrpc”不是“2.0”</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The server answered request %1 with the id %2.</source>
        <translation>服务器用 ID %2 回复了请求 %1。</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../src/core/projectapi/projectoption.cpp" line="+19" />
        <source>The template's server does not follow the Project API protocol.</source>
        <translation>模板的服务器不遵循 Project API 协议。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"error" is not an object</source>
        <translation>“error”不是对象</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"error.code" is not an integer</source>
        <translation>“error.code”不是整数</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"error.message" is not a string</source>
        <translation>“error.message”不是字符串</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it has neither "result" nor "error"</source>
        <translation>既没有“result”也没有“error”</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/lineframer.cpp" line="+17" />
        <source>A line is longer than the limit of %1 bytes.</source>
        <translation>某一行超过了 %1 字节的上限。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The other side sent more data on one line than is plausible; the line was skipped.</source>
        <translation>对方在一行中发送的数据多得不合理；已跳过该行。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Line length limit: %1 bytes.</source>
        <translation>行长度上限：%1 字节。</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/optionvalues.cpp" line="+19" />
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../src/core/projectapi/projectoption.cpp" line="+194" />
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+5" />
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Option '%1' must be %2; got '%3'.</source>
        <translation>选项“%1”必须是%2；收到的是“%3”。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Unknown option '%1'.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This template declares no options.</source>
        <translation>此模板未声明任何选项。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Known options: %1.</source>
        <translation>已知选项：%1。</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+9" />
        <source>one of %1</source>
        <translation>%1 之一</translation>
    </message>
    <message>
        <location line="+19" />
        <source>true or false (or 1/0, yes/no, on/off)</source>
        <translation>true 或 false（或 1/0、yes/no、on/off）</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Option assignments have the form NAME=VALUE; got '%1'.</source>
        <translation>选项赋值的格式为 名称=值；收到的是“%1”。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>For example: -o workspace_size_bytes=65536</source>
        <translation>例如：-o workspace_size_bytes=65536</translation>
    </message>
    <message>
        <location line="+29" />
        <source>a list of strings</source>
        <translation>字符串列表</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Set it with %1=VALUE.</source>
        <translation>请用 %1=值 设置它。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Allowed values: %1.</source>
        <translation>允许的值：%1。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Option '%1' is required for %2.</source>
        <translation>选项“%1”是 %2 的必填项。</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/projectapiclient.cpp" line="+93" />
        <source>A Project API server is already running for this client.</source>
        <translation>此客户端已有一个 Project API 服务器在运行。</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The Project API server was stopped.</source>
        <translation>Project API 服务器已停止。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+64" />
        <source>No Project API server has been started.</source>
        <translation>尚未启动 Project API 服务器。</translation>
    </message>
    <message>
        <location line="+75" />
        <source>The server's reply is longer than the limit of %1 bytes.</source>
        <translation>服务器的回复超过了 %1 字节的上限。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The Project API server did not answer %1 within %2 s.</source>
        <translation>Project API 服务器未在 %2 秒内响应 %1。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server was stopped. Check its log output for where it got stuck.</source>
        <translation>服务器已被停止。请查看其日志输出，了解它卡在了哪里。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The server seems to wait for an answer to "%1", which it cannot get: a Project API server has no terminal. Set up what it asks for beforehand (for example, the permission it needs), then retry.</source>
        <translation>服务器似乎在等待对“%1”的回答，但它无法得到回答：Project API 服务器没有终端。请事先设置好它所要求的内容（例如它需要的权限），然后重试。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Not sent: the server did not answer %1 in time.</source>
        <translation>未发送：服务器未及时响应 %1。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Command: %1</source>
        <translation>命令：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Working directory: %1</source>
        <translation>工作目录：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Server process: %1</source>
        <translation>服务器进程：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server wrote nothing to stderr.</source>
        <translation>服务器没有向 stderr 写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Last %n line(s) of the server's stderr:</source>
        <translation>
            <numerusform>服务器 stderr 的最后 %n 行：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>The Project API server could not be started: %1</source>
        <translation>无法启动 Project API 服务器：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check that the template's launch script or Python interpreter exists and is executable.</source>
        <translation>请检查模板的启动脚本或 Python 解释器是否存在且可执行。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The Project API server crashed (%1).</source>
        <translation>Project API 服务器崩溃了（%1）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The Project API server exited (%1).</source>
        <translation>Project API 服务器已退出（%1）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The last lines of its error output below usually say why.</source>
        <translation>下方其错误输出的最后几行通常会说明原因。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>'%1' is not a valid Project API method name.</source>
        <translation>“%1”不是有效的 Project API 方法名。</translation>
    </message>
    <message>
        <location line="+101" />
        <source>The server's answer is malformed: expected a Base85 string.</source>
        <translation>服务器的回答格式错误：应为 Base85 字符串。</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/projectoption.cpp" line="-196" />
        <source>The server's answer is malformed: %1.</source>
        <translation>服务器的回答格式错误：%1。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>expected %1</source>
        <translation>应为 %1</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+180" />
        <location line="+23" />
        <location line="+16" />
        <location line="+36" />
        <location line="+20" />
        <source>the field is missing</source>
        <translation>缺少该字段</translation>
    </message>
    <message>
        <location line="-273" />
        <location line="+17" />
        <location line="+108" />
        <location line="+16" />
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="-129" />
        <source>an array of method names or null</source>
        <translation>方法名数组或 null</translation>
    </message>
    <message>
        <location line="+78" />
        <location line="+81" />
        <location line="+78" />
        <location line="+6" />
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="-148" />
        <source>a string, number or boolean</source>
        <translation>字符串、数字或布尔值</translation>
    </message>
    <message>
        <location line="+6" />
        <source>an array or null</source>
        <translation>数组或 null</translation>
    </message>
    <message>
        <location line="+71" />
        <source>The template's server speaks Project API protocol version %1; TinyDeploy supports version %2.</source>
        <translation>模板的服务器使用 Project API 协议第 %1 版；TinyDeploy 支持第 %2 版。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Use a template written for microTVM's Project API (TVM 0.8 to 0.18).</source>
        <translation>请使用为 microTVM Project API 编写的模板（TVM 0.8 到 0.18）。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a string or null</source>
        <translation>字符串或 null</translation>
    </message>
    <message>
        <location line="+7" />
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+56" />
        <source>a number of seconds, 0 or more</source>
        <translation>秒数，0 或更大</translation>
    </message>
    <message>
        <source>TINYDEPLOY_PYTHON is set to '%1', which is not an executable.</source>
        <translation type="vanished">TINYDEPLOY_PYTHON 被设为“%1”，它不是可执行文件。</translation>
    </message>
    <message>
        <source>Set TINYDEPLOY_PYTHON to a Python 3 interpreter, or unset it to use python3 from PATH.</source>
        <translation type="vanished">请将 TINYDEPLOY_PYTHON 设为 Python 3 解释器，或取消设置以使用 PATH 中的 python3。</translation>
    </message>
    <message>
        <source>No python3 was found on PATH to run the template's server.</source>
        <translation type="vanished">在 PATH 中找不到用于运行模板服务器的 python3。</translation>
    </message>
    <message>
        <source>Install Python 3, or set TINYDEPLOY_PYTHON to an interpreter.</source>
        <translation type="vanished">请安装 Python 3，或将 TINYDEPLOY_PYTHON 设为一个解释器。</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/serverlaunch.cpp" line="+20" />
        <source>not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed to start: %1</source>
        <translation>启动失败：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>killed by signal %1</source>
        <translation>被信号 %1 终止</translation>
    </message>
    <message>
        <location line="+1" />
        <source>killed by signal %1 (SIG%2)</source>
        <translation>被信号 %1（SIG%2）终止</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The template or project directory '%1' does not exist.</source>
        <translation>模板或项目目录“%1”不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose an existing template or generated project directory.</source>
        <translation>请选择现有的模板目录或已生成的项目目录。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The launch script is not executable.</source>
        <translation>启动脚本不可执行。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make it executable (chmod +x %1).</source>
        <translation>请使其可执行（chmod +x %1）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No Project API server found in '%1'.</source>
        <translation>在“%1”中未找到 Project API 服务器。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A template or generated project contains microtvm_api_server.py or launch_microtvm_api_server.sh.</source>
        <translation>模板或已生成的项目中包含 microtvm_api_server.py 或 launch_microtvm_api_server.sh。</translation>
    </message>
    <message>
        <location filename="../src/core/projectapi/serverprocess.cpp" line="+119" />
        <source>This server process object has already been started.</source>
        <translation>此服务器进程对象已经启动过。</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+8" />
        <location line="+20" />
        <source>Could not create a pipe: %1</source>
        <translation>无法创建管道：%1</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Templates</name>
    <message>
        <source>null</source>
        <translation type="vanished">null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="vanished">布尔值</translation>
    </message>
    <message>
        <location filename="../src/core/templates/boardinfo.cpp" line="+91" />
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation type="vanished">十进制数</translation>
    </message>
    <message>
        <location line="-35" />
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+305" />
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="-229" />
        <location line="+131" />
        <location line="+103" />
        <location line="+12" />
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="vanished">未知值</translation>
    </message>
    <message>
        <location line="-335" />
        <source>Fix the template's boards.json, or tell the template's author.</source>
        <translation>请修正模板的 boards.json，或告知模板作者。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Expected %1 but found %2.</source>
        <translation>应为%1，但找到的是%2。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The number is too large.</source>
        <translation>数字过大。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Expected a number (decimal or 0x hexadecimal) but found "%1".</source>
        <translation>应为数字（十进制或 0x 十六进制），但找到的是“%1”。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The value %1 is out of range (%2 to %3).</source>
        <translation>值 %1 超出范围（%2 到 %3）。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Expected a 4-digit hexadecimal USB id but found "%1".</source>
        <translation>应为 4 位十六进制 USB ID，但找到的是“%1”。</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+21" />
        <location line="+210" />
        <location line="+17" />
        <source>The field is missing.</source>
        <translation>缺少该字段。</translation>
    </message>
    <message>
        <location line="-237" />
        <source>Expected "flash" or "ram" but found "%1".</source>
        <translation>应为“flash”或“ram”，但找到的是“%1”。</translation>
    </message>
    <message>
        <location line="+50" />
        <source>an object or an array</source>
        <translation>对象或数组</translation>
    </message>
    <message>
        <location line="+44" />
        <location line="+2" />
        <source>The field is missing while %1 is set.</source>
        <translation>已设置 %1，但缺少该字段。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>A board name is empty.</source>
        <translation>某个开发板名称为空。</translation>
    </message>
    <message>
        <location line="+67" />
        <source>true, false, null or the FPU's name</source>
        <translation>true、false、null 或 FPU 名称</translation>
    </message>
    <message>
        <location line="+84" />
        <location line="+4" />
        <source>an object of boards</source>
        <translation>开发板对象</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The file lists no board.</source>
        <translation>文件中没有列出任何开发板。</translation>
    </message>
    <message>
        <location line="+57" />
        <source>The file is too large (%1 bytes, at most %2).</source>
        <translation>文件过大（%1 字节，最多 %2 字节）。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1).</source>
        <translation type="vanished">文件不是有效的 JSON（第 %1 字节处）。</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation type="vanished">文件不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The file nests deeper than %1 levels.</source>
        <translation type="vanished">文件嵌套超过 %1 层。</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Cannot read the board list.</source>
        <translation>无法读取开发板列表。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the file exists and is readable.</source>
        <translation>请检查文件是否存在且可读。</translation>
    </message>
    <message>
        <location filename="../src/core/templates/fitcheck.cpp" line="+39" />
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+2" />
        <source>constants</source>
        <translation>常量</translation>
    </message>
    <message>
        <location line="+2" />
        <source>workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location line="+2" />
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
    <message>
        <location line="+2" />
        <source>runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Flash: needs %1; the board does not declare its flash size.</source>
        <translation>Flash：需要 %1；开发板未声明其 Flash 大小。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>RAM: needs %1; the board does not declare its RAM size.</source>
        <translation>RAM：需要 %1；开发板未声明其 RAM 大小。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Flash: %1 of %2 (%3 %), %4 free.</source>
        <translation>Flash：%1 / %2（%3 %），剩余 %4。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>RAM: %1 of %2 (%3 %), %4 free.</source>
        <translation>RAM：%1 / %2（%3 %），剩余 %4。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 %2</source>
        <comment>part name, size</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Flash overflows by %1: %2 &gt; %3</source>
        <translation>Flash 超出 %1：%2 &gt; %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RAM overflows by %1: %2 &gt; %3</source>
        <translation>RAM 超出 %1：%2 &gt; %3</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The archive states no workspace size: taken as 0.</source>
        <translation>归档未说明工作区大小：按 0 计算。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The archive states no constants size: taken from the parameters file.</source>
        <translation>归档未说明常量大小：取自参数文件。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The archive states no I/O size: taken from the input and output sizes.</source>
        <translation>归档未说明 I/O 大小：取自输入和输出的大小。</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Code size is estimated from the generated C sources (1 byte per %n source bytes).</source>
        <translation>
            <numerusform>代码大小根据生成的 C 源码估算（每 %n 字节源码对应 1 字节代码）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24" />
        <source>Runtime: %1 of flash and %2 of RAM, as the template states for this board.</source>
        <translation>运行时：%1 闪存和 %2 RAM，由模板为此开发板声明。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Runtime: %1 of flash and %2 of RAM is a guess; the template does not state what its runtime needs.</source>
        <translation>运行时：%1 闪存和 %2 RAM 是估计值；模板未声明其运行时所需。</translation>
    </message>
    <message>
        <source>Install the Python module "%1" for the interpreter that runs the template (TINYDEPLOY_PYTHON, else python3), for example with apt-get install python3-%1.</source>
        <translation type="vanished">请为运行模板的解释器（TINYDEPLOY_PYTHON，否则为 python3）安装 Python 模块“%1”，例如使用 apt-get install python3-%1。</translation>
    </message>
    <message>
        <location filename="../src/core/templates/serverfailure.cpp" line="+40" />
        <source>Install the Python module "%1" for the interpreter that runs the template (TINYDEPLOY_PYTHON, else python3), for example with apt-get install %2.</source>
        <translation>请为运行模板的解释器（TINYDEPLOY_PYTHON，否则为 python3）安装 Python 模块“%1”，例如使用 apt-get install %2。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The template's server does not run with this Python version.</source>
        <translation>模板的服务器无法在此 Python 版本下运行。</translation>
    </message>
    <message>
        <location filename="../src/core/templates/templatecache.cpp" line="+134" />
        <source>Cannot create the cache folder.</source>
        <translation>无法创建缓存文件夹。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <source>Check the permissions of the folder.</source>
        <translation>请检查文件夹的权限。</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+11" />
        <source>Cannot write the template cache.</source>
        <translation>无法写入模板缓存。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the free space and permissions.</source>
        <translation>请检查剩余空间和权限。</translation>
    </message>
    <message>
        <location filename="../src/core/templates/templatecatalog.cpp" line="+183" />
        <source>The template reports an incomplete environment.</source>
        <translation>模板报告其环境不完整。</translation>
    </message>
    <message>
        <location line="+38" />
        <source>This folder was added but not confirmed yet.</source>
        <translation>此文件夹已添加但尚未确认。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Confirm the folder to let TinyDeploy run its template server.</source>
        <translation>请确认该文件夹，以允许 TinyDeploy 运行其模板服务器。</translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+71" />
        <source>The query was cancelled.</source>
        <translation>查询已取消。</translation>
    </message>
    <message>
        <location line="-14" />
        <source>The answer is not a JSON object.</source>
        <translation>回答不是 JSON 对象。</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>The template's server did not answer within %n s.</source>
        <translation>
            <numerusform>模板的服务器未在 %n 秒内响应。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run "tinydeploy-cli options %1" to see its log.</source>
        <translation>运行“tinydeploy-cli options %1”查看其日志。</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The folder is a generated project, not a template.</source>
        <translation>该文件夹是已生成的项目，而不是模板。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove it from the template folders; use it with "tinydeploy-cli build" instead.</source>
        <translation>请将其从模板文件夹中移除；改为通过“tinydeploy-cli build”使用它。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Tensor</name>
    <message>
        <location filename="../src/core/tensor/dtype.cpp" line="+31" />
        <source>The data type "%1" is not supported.</source>
        <translation>不支持数据类型“%1”。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use one of float16, float32, float64, bfloat16, int8, int16, int32, int64, uint8, uint16, uint32, uint64 or bool.</source>
        <translation>请使用 float16、float32、float64、bfloat16、int8、int16、int32、int64、uint8、uint16、uint32、uint64 或 bool 之一。</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/tensor.cpp" line="+103" />
        <source>Dimension %1 of the shape %2 is negative.</source>
        <translation>形状 %2 的第 %1 维为负数。</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+26" />
        <location line="+34" />
        <source>The shape %1 has too many elements.</source>
        <translation>形状 %1 的元素过多。</translation>
    </message>
    <message>
        <location line="-41" />
        <source>The tensor has no data type.</source>
        <translation>该张量没有数据类型。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A %1 tensor of shape %2 needs %3 bytes, but %4 bytes were given.</source>
        <translation>形状为 %2 的 %1 张量需要 %3 字节，但提供了 %4 字节。</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Values cannot be converted to %1.</source>
        <translation>这些值无法转换为 %1。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The shape %1 holds %2 values, but %3 values were given.</source>
        <translation>形状 %1 可容纳 %2 个值，但提供了 %3 个值。</translation>
    </message>
    <message>
        <location line="+134" />
        <source>A tensor of shape %1 cannot be reshaped to %2: the element counts differ (%3 and %4).</source>
        <translation>形状为 %1 的张量无法重塑为 %2：元素数量不同（%3 和 %4）。</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/npyheader.cpp" line="+13" />
        <source>Save the array again with numpy.save() from NumPy.</source>
        <translation>请用 NumPy 的 numpy.save() 重新保存该数组。</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The header is a %1, not a dictionary.</source>
        <translation>头部是 %1，而不是字典。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unexpected text after the header dictionary at offset %1.</source>
        <translation>头部字典之后的位置 %1 处有意外文本。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The header ends in the middle of its dictionary.</source>
        <translation>头部在其字典中间结束。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unexpected character '%1' at offset %2 of the header.</source>
        <translation>头部位置 %2 处有意外字符“%1”。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The header is nested too deeply.</source>
        <translation>头部嵌套过深。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Escape sequences in header strings are not supported.</source>
        <translation>不支持头部字符串中的转义序列。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A string in the header is not terminated.</source>
        <translation>头部中的某个字符串没有结束。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>"%1" in the header is not an integer that fits 64 bits.</source>
        <translation>头部中的“%1”不是可用 64 位表示的整数。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Unknown word "%1" in the header.</source>
        <translation>头部中有未知单词“%1”。</translation>
    </message>
    <message>
        <location line="+43" />
        <source>A header key is not a string.</source>
        <translation>头部中的某个键不是字符串。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The header has the key '%1' twice.</source>
        <translation>头部中键“%1”出现了两次。</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/npy.cpp" line="+40" />
        <source>The array's data type '%1' is not supported: %2</source>
        <translation>不支持数组的数据类型“%1”：%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Convert the array to a supported type first, for example a.astype(np.float32) or a.astype(np.int8), and save it again.</source>
        <translation>请先将数组转换为受支持的类型，例如 a.astype(np.float32) 或 a.astype(np.int8)，然后重新保存。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it is not a NumPy type string.</source>
        <translation>它不是 NumPy 类型字符串。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it does not start with a byte order (&lt;, &gt;, | or =).</source>
        <translation>它没有以字节序（&lt;、&gt;、| 或 =）开头。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The array holds Python objects ('%1'); only numeric arrays can be read.</source>
        <translation>该数组包含 Python 对象（“%1”）；只能读取数值数组。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Object arrays are Python pickles: convert the data to a numeric array (for example np.asarray(a, dtype=np.float32)) and save it again.</source>
        <translation>对象数组是 Python pickle：请将数据转换为数值数组（例如 np.asarray(a, dtype=np.float32)）后重新保存。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the item size is missing.</source>
        <translation>缺少元素大小。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>only 2-, 4- and 8-byte floats are supported.</source>
        <translation>只支持 2、4 和 8 字节的浮点数。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>only 1-, 2-, 4- and 8-byte integers are supported.</source>
        <translation>只支持 1、2、4 和 8 字节的整数。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>booleans are one byte.</source>
        <translation>布尔值为 1 字节。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>complex numbers are not supported.</source>
        <translation>不支持复数。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>strings are not supported.</source>
        <translation>不支持字符串。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>structured or void arrays are not supported.</source>
        <translation>不支持结构化数组或 void 数组。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dates and time deltas are not supported.</source>
        <translation>不支持日期和时间差。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the kind '%1' is unknown.</source>
        <translation>未知的类别“%1”。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>.npy data</source>
        <translation>.npy 数据</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: header field '%2'</source>
        <translation>%1：头部字段“%2”</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The file is empty; a .npy file was expected.</source>
        <translation>文件为空；应为 .npy 文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>The file ends inside the .npy signature (%n bytes).</source>
        <translation>
            <numerusform>文件在 .npy 签名中间结束（%n 字节）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>This is a zip archive (.npz), not a single .npy array.</source>
        <translation>这是 zip 归档（.npz），而不是单个 .npy 数组。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is not a NumPy .npy file: the signature "\x93NUMPY" is missing.</source>
        <translation>这不是 NumPy .npy 文件：缺少签名“\x93NUMPY”。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open it as an .npz file.</source>
        <translation>请将其作为 .npz 文件打开。</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../src/core/tensor/npz.cpp" line="+54" />
        <source>First bytes: %1</source>
        <translation>开头字节：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file ends before the format version.</source>
        <translation>文件在格式版本之前结束。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The .npy format version %1.%2 is not supported (1.0, 2.0 and 3.0 are).</source>
        <translation>不支持 .npy 格式版本 %1.%2（支持 1.0、2.0 和 3.0）。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The file ends before the header length.</source>
        <translation>文件在头部长度之前结束。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The header is %1 bytes long; at most %2 bytes are accepted.</source>
        <translation>头部长 %1 字节；最多允许 %2 字节。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file is truncated: the header should be %1 bytes, but only %2 bytes follow.</source>
        <translation>文件被截断：头部应为 %1 字节，但后面只有 %2 字节。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The header is not valid UTF-8.</source>
        <translation>头部不是有效的 UTF-8。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The header contains the invalid character U+%1 at offset %2.</source>
        <translation>头部位置 %2 处包含无效字符 U+%1。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The header has the unknown key '%1'.</source>
        <translation>头部包含未知键“%1”。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The header has no '%1' field.</source>
        <translation>头部中没有“%1”字段。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The field holds a value of type %1; %2 was expected.</source>
        <translation>该字段的值类型为 %1；应为 %2。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The array is a structured array (record fields); only plain numeric arrays are supported.</source>
        <translation>该数组是结构化数组（记录字段）；只支持普通数值数组。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save each field as its own array.</source>
        <translation>请将每个字段保存为单独的数组。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The array is big-endian ('%1'); only little-endian data is supported.</source>
        <translation>该数组为大端序（“%1”）；只支持小端序数据。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Convert it with a.astype(a.dtype.newbyteorder('&lt;')) and save it again.</source>
        <translation>请用 a.astype(a.dtype.newbyteorder('&lt;')) 转换后重新保存。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Dimension %1 of the shape is not a non-negative integer.</source>
        <translation>形状的第 %1 维不是非负整数。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The array of shape %1 is larger than the %2 bytes accepted.</source>
        <translation>形状为 %1 的数组超过了允许的 %2 字节。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The file is truncated: a %1 array of shape %2 needs %3 bytes of data, but only %4 bytes follow the header.</source>
        <translation>文件被截断：形状为 %2 的 %1 数组需要 %3 字节数据，但头部之后只有 %4 字节。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The file has %1 bytes of unexpected data after the array (a %2 array of shape %3 is %4 bytes).</source>
        <translation>数组之后有 %1 字节的意外数据（形状为 %3 的 %2 数组为 %4 字节）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The file may hold more than one array or be damaged; save a single array with numpy.save().</source>
        <translation>该文件可能包含多个数组或已损坏；请用 numpy.save() 保存单个数组。</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/tensorfile.cpp" line="+14" />
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the path.</source>
        <translation>请检查路径。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file cannot be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The file is %1 bytes; at most %2 bytes are accepted.</source>
        <translation>文件为 %1 字节；最多允许 %2 字节。</translation>
    </message>
    <message>
        <location line="-11" />
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/npy.cpp" line="+29" />
        <location line="+16" />
        <source>NumPy has no type for %1.</source>
        <translation>NumPy 没有对应 %1 的类型。</translation>
    </message>
    <message>
        <location line="+64" />
        <source>The file cannot be created: %1</source>
        <translation>无法创建文件：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the folder exists and is writable.</source>
        <translation>请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file cannot be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/npz.cpp" line="-18" />
        <source>.npz data</source>
        <translation>.npz 数据</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the arrays again with numpy.savez().</source>
        <translation>请用 numpy.savez() 重新保存这些数组。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file is empty; an .npz file was expected.</source>
        <translation>文件为空；应为 .npz 文件。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is a single .npy array, not an .npz archive.</source>
        <translation>这是单个 .npy 数组，而不是 .npz 归档。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open it as an .npy file.</source>
        <translation>请将其作为 .npy 文件打开。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This is not an .npz file: it is not a zip archive.</source>
        <translation>这不是 .npz 文件：它不是 zip 归档。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>libarchive could not allocate a reader.</source>
        <translation>libarchive 无法分配读取器。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The zip archive cannot be opened.</source>
        <translation>无法打开 zip 归档。</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>The zip archive is damaged after %n member(s).</source>
        <translation>
            <numerusform>zip 归档在第 %n 个成员之后已损坏。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>The archive has more than %1 members.</source>
        <translation>归档中的成员超过 %1 个。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The archive holds the array twice.</source>
        <translation>归档中包含两次该数组。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The member cannot be decompressed.</source>
        <translation>无法解压该成员。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The member is larger than the %1 bytes accepted.</source>
        <translation>该成员超过了允许的 %1 字节。</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/rawtensor.cpp" line="+17" />
        <source>The input is %1 bytes, but a %2 tensor of shape %3 is %4 bytes.</source>
        <translation>输入为 %1 字节，但形状为 %3 的 %2 张量为 %4 字节。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A raw input holds exactly the tensor's bytes, little-endian, in C order, without a header. Check the model's input dtype and shape.</source>
        <translation>原始输入恰好包含张量的字节：小端序、C 顺序、无头部。请检查模型输入的数据类型和形状。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>raw input</source>
        <translation>原始输入</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/metrics.cpp" line="+27" />
        <source>The %1 tensor's values cannot be read (data type "%2").</source>
        <translation>无法读取 %1 张量的值（数据类型“%2”）。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+2" />
        <source>expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The output is %1, but the expected output is %2.</source>
        <translation>输出为 %1，但预期输出为 %2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compare against expected outputs of the same model variant.</source>
        <translation>请与同一模型变体的预期输出进行比较。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The output has the shape %1, but the expected output has %2.</source>
        <translation>输出的形状为 %1，但预期输出的形状为 %2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compare against expected outputs of the same model.</source>
        <translation>请与同一模型的预期输出进行比较。</translation>
    </message>
    <message>
        <location line="+50" />
        <location line="+19" />
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="-15" />
        <source>The tensor is empty; it has no largest value.</source>
        <translation>张量为空；没有最大值。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>k must not be negative (it is %1).</source>
        <translation>k 不能为负数（当前为 %1）。</translation>
    </message>
    <message>
        <location filename="../src/core/tensor/quantization.cpp" line="+17" />
        <source>The quantization scale %1 is not a positive number.</source>
        <translation>量化比例 %1 不是正数。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the scale in the model's quantization parameters.</source>
        <translation>请检查模型量化参数中的比例。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Only integer tensors can be dequantized; this one is %1.</source>
        <translation>只有整数张量可以反量化；此张量为 %1。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Values can only be quantized to an integer type, not to %1.</source>
        <translation>值只能量化为整数类型，而不能量化为 %1。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only float tensors can be quantized; this one is %1.</source>
        <translation>只有浮点张量可以量化；此张量为 %1。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Util</name>
    <message>
        <location filename="../src/core/util/python.cpp" line="+32" />
        <source>TINYDEPLOY_PYTHON is set to '%1', which is not an executable.</source>
        <translation>TINYDEPLOY_PYTHON 被设为“%1”，它不是可执行文件。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set TINYDEPLOY_PYTHON to a Python 3 interpreter, or unset it to use python3 from PATH.</source>
        <translation>请将 TINYDEPLOY_PYTHON 设为 Python 3 解释器，或取消设置以使用 PATH 中的 python3。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No python3 was found on PATH to run the template's server.</source>
        <translation>在 PATH 中找不到用于运行模板服务器的 python3。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Install Python 3, or set TINYDEPLOY_PYTHON to an interpreter.</source>
        <translation>请安装 Python 3，或将 TINYDEPLOY_PYTHON 设为一个解释器。</translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Validate</name>
    <message>
        <location filename="../src/core/validate/dataset.cpp" line="+34" />
        <source>A data set is a folder with inputs/ (and expected/ or labels.csv), a folder with labels.csv, one folder per class, or an .npz file with "inputs".</source>
        <translation>数据集是包含 inputs/（以及 expected/ 或 labels.csv）的文件夹、包含 labels.csv 的文件夹、每个类别一个文件夹，或包含“inputs”数组的 .npz 文件。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the model's input "%1" is %2</source>
        <translation>模型的输入“%1”是 %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the model's output "%1" is %2</source>
        <translation>模型的输出“%1”是 %2</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+10" />
        <source>The file holds %1; %2.</source>
        <translation>该文件包含 %1；%2。</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Give inputs of the model's type (an int8 model needs quantized inputs: use the data set of that variant).</source>
        <translation>请提供与模型类型一致的输入（int8 模型需要量化后的输入：请使用该变体的数据集）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give expected outputs of the model's type, as this model variant produces them.</source>
        <translation>请提供与模型类型一致的期望输出，即该模型变体产生的输出。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give one sample per file, of the model's shape.</source>
        <translation>请每个文件提供一个样本，形状与模型一致。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The label "%1" of %2 is neither a class index nor one of the model's labels.</source>
        <translation>%2 的标签“%1”既不是类别索引，也不是模型的标签之一。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the class index (0, 1, ...).</source>
        <translation>请给出类别索引（0、1、...）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use an index from 0 to %1 or one of: %2.</source>
        <translation>请使用 0 到 %1 的索引，或以下之一：%2。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The data set does not exist.</source>
        <translation>数据集不存在。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This file is not a data set.</source>
        <translation>此文件不是数据集。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The data set folder is empty.</source>
        <translation>数据集文件夹为空。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The folder has no inputs/ folder, no labels.csv and no class folders.</source>
        <translation>该文件夹没有 inputs/ 文件夹、没有 labels.csv，也没有类别文件夹。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The folder holds no input files (.npy).</source>
        <translation>该文件夹中没有输入文件（.npy）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put one .npy file per sample in inputs/.</source>
        <translation>请在 inputs/ 中为每个样本放一个 .npy 文件。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The expected output of %1 is missing.</source>
        <translation>缺少 %1 的期望输出。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give an expected/ file for every input, or remove the expected/ folder and validate against labels.</source>
        <translation>请为每个输入提供 expected/ 文件，或删除 expected/ 文件夹并按标签验证。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The labels file names %1, which inputs/ does not hold.</source>
        <translation>标签文件列出了 %1，但 inputs/ 中没有该文件。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add the file or remove its line.</source>
        <translation>请添加该文件或删除其所在行。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The labels file has no label for %1.</source>
        <translation>标签文件中没有 %1 的标签。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a line "inputs/%1,LABEL", or remove labels.csv.</source>
        <translation>请添加一行“inputs/%1,LABEL”，或删除 labels.csv。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The labels file lists no samples.</source>
        <translation>标签文件未列出任何样本。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add one line per sample: file,label</source>
        <translation>请每个样本添加一行：file,label</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The labels file names %1, which does not exist.</source>
        <translation>标签文件列出了 %1，但该文件不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paths are relative to the folder of the labels file.</source>
        <translation>路径相对于标签文件所在的文件夹。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The class folder "%1" is not one of the model's labels.</source>
        <translation>类别文件夹“%1”不是模型的标签之一。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name each folder after a class: %1.</source>
        <translation>请以类别命名每个文件夹：%1。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The class folders hold no images or .npy files.</source>
        <translation>类别文件夹中没有图像或 .npy 文件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put the images of each class in a folder named after the class.</source>
        <translation>请将每个类别的图像放入以该类别命名的文件夹。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The file has no array "inputs" (it has: %1).</source>
        <translation>该文件没有“inputs”数组（现有：%1）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the inputs as numpy.savez(FILE, inputs=..., expected=..., labels=...), samples along the first axis.</source>
        <translation>请用 numpy.savez(FILE, inputs=..., expected=..., labels=...) 保存输入，样本沿第一个轴排列。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The array "inputs" (%1) has no sample axis or no samples.</source>
        <translation>数组“inputs”（%1）没有样本轴或没有样本。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Put the samples along the first axis: [samples, ...input shape].</source>
        <translation>请将样本沿第一个轴排列：[样本, ...输入形状]。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The array "%1" (%2) does not have one entry per sample of "inputs" (%3).</source>
        <translation>数组“%1”（%2）的条目数与“inputs”的样本数（%3）不一致。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give every array the same first dimension.</source>
        <translation>请让所有数组的第一维相同。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The array "labels" holds %1; labels are class indexes.</source>
        <translation>数组“labels”的类型是 %1；标签应为类别索引。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save the labels as integers.</source>
        <translation>请将标签保存为整数。</translation>
    </message>
    <message>
        <location line="+44" />
        <source>This tool reads PGM and PPM images only.</source>
        <translation>此工具只读取 PGM 和 PPM 图像。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Convert the images to PGM or .npy, or validate in the TinyDeploy app, which reads PNG, JPEG and BMP.</source>
        <translation>请将图像转换为 PGM 或 .npy，或在 TinyDeploy 应用中验证（它可读取 PNG、JPEG 和 BMP）。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Validation needs a model with one input; this one has %1.</source>
        <translation>验证需要单输入的模型；此模型有 %1 个输入。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run the model's inputs with tinydeploy-cli run --input instead.</source>
        <translation>请改用 tinydeploy-cli run --input 运行模型的输入。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Expected outputs need a model with one output; this one has %1.</source>
        <translation>期望输出需要单输出的模型；此模型有 %1 个输出。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Validate against labels or the host instead.</source>
        <translation>请改为按标签或主机验证。</translation>
    </message>
    <message>
        <location filename="../src/core/validate/datasetformats.cpp" line="+44" />
        <source>A quoted field is not closed.</source>
        <translation>带引号的字段未闭合。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close the field with a double quote ("), or remove the quote.</source>
        <translation>请用双引号（"）闭合该字段，或删除引号。</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The first line of the labels file must name the columns "file" and "label".</source>
        <translation>标签文件的第一行必须列出“file”和“label”两列。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start the file with the line: file,label</source>
        <translation>请以此行作为文件开头：file,label</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The line has %1 field(s); the file and the label need %2.</source>
        <translation>该行有 %1 个字段；文件和标签需要 %2 个。</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+7" />
        <source>Write each sample as: file,label</source>
        <translation>请将每个样本写为：file,label</translation>
    </message>
    <message>
        <location line="-2" />
        <source>The line names no file.</source>
        <translation>该行没有指明文件。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The sample %1 has no label.</source>
        <translation>样本 %1 没有标签。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give its class (an index or a name of the model's labels), or remove the line.</source>
        <translation>请给出其类别（索引或模型标签中的名称），或删除该行。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The labels file is empty.</source>
        <translation>标签文件为空。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write a file,label header and one line per sample.</source>
        <translation>请写入 file,label 表头，并每个样本一行。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The image is not a binary PGM or PPM file: %1.</source>
        <translation>该图像不是二进制 PGM 或 PPM 文件：%1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save it as an 8-bit PGM (P5) or PPM (P6), or give an .npy file.</source>
        <translation>请将其保存为 8 位 PGM（P5）或 PPM（P6），或提供 .npy 文件。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no P5 or P6 signature</source>
        <translation>没有 P5 或 P6 标识</translation>
    </message>
    <message>
        <location line="+24" />
        <source>the header is incomplete</source>
        <translation>文件头不完整</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no pixels</source>
        <translation>没有像素</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the size %1 x %2 is out of range</source>
        <translation>尺寸 %1 x %2 超出范围</translation>
    </message>
    <message>
        <location line="+2" />
        <source>only 8-bit samples are read (maximum value %1)</source>
        <translation>只读取 8 位数值（最大值 %1）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the pixels are truncated</source>
        <translation>像素数据被截断</translation>
    </message>
    <message>
        <location filename="../src/core/validate/validation.cpp" line="+102" />
        <source>The validation is already running.</source>
        <translation>验证已在运行。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No device is connected for the validation.</source>
        <translation>没有为验证连接设备。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect to the board first.</source>
        <translation>请先连接开发板。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The record folder of the validation cannot be created.</source>
        <translation>无法创建验证的记录文件夹。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the disk is writable.</source>
        <translation>请检查磁盘是否可写。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The data set has no samples.</source>
        <translation>数据集没有样本。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a data set folder.</source>
        <translation>请选择一个数据集文件夹。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The data set has no expected outputs to compare with.</source>
        <translation>数据集没有可供比较的期望输出。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Validate against its labels, or against the host.</source>
        <translation>请按其标签或按主机验证。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add expected/ outputs or labels, or validate against the host.</source>
        <translation>请添加期望输出（expected/）或标签，或按主机验证。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The data set has no labels.</source>
        <translation>数据集没有标签。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a labels.csv (file,label), or validate against the host.</source>
        <translation>请添加 labels.csv（file,label），或按主机验证。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The host reference is not running.</source>
        <translation>主机参考未在运行。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Build and start the host project of the model first.</source>
        <translation>请先构建并启动该模型的主机项目。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The host reference runs another model (%1) than the board (%2): their inputs or outputs differ.</source>
        <translation>主机参考运行的模型（%1）与开发板（%2）不同：它们的输入或输出不一致。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Build the host reference from the board's model archive.</source>
        <translation>请用开发板的模型归档构建主机参考。</translation>
    </message>
    <message>
        <location line="+37" />
        <location line="+283" />
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-154" />
        <source>The device went away during the validation.</source>
        <translation>验证期间设备已断开。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect again and validate again.</source>
        <translation>请重新连接并再次验证。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Sample %1 on the host reference</source>
        <translation>主机参考上的样本 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample %1 on the board</source>
        <translation>开发板上的样本 %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+27" />
        <source>Deploys TVM Model Library Format models to microcontrollers.</source>
        <translation>将 TVM Model Library Format 模型部署到微控制器。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Model archive to open.</source>
        <translation>要打开的模型归档。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open one full-screen kiosk for a class: the kiosk configuration (.tdkiosk) or deployment package (.tdpkg) FILE, one Deploy button, nothing to change. Ctrl+Q quits.</source>
        <translation>为课堂打开一个全屏自助模式：FILE 为自助模式配置（.tdkiosk）或部署包（.tdpkg）；只有一个“部署”按钮，无需更改任何设置。按 Ctrl+Q 退出。</translation>
    </message>
</context>
</TS>
