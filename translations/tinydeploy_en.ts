<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TinyDeploy::Cli</name>
    <message numerus="yes">
        <location filename="../src/cli/infocommand.cpp" line="+230"/>
        <source>%n array(s), %1</source>
        <translation>
            <numerusform>%n array, %1</numerusform>
            <numerusform>%n arrays, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n file, %1</numerusform>
            <numerusform>%n files, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/deploysupport.cpp" line="+117"/>
        <source>  latency over %n run(s): min/median/max %1/%2/%3 cycles, %4/%5/%6 us%7</source>
        <translation>
            <numerusform>  latency over %n run: min/median/max %1/%2/%3 cycles, %4/%5/%6 us%7</numerusform>
            <numerusform>  latency over %n runs: min/median/max %1/%2/%3 cycles, %4/%5/%6 us%7</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>  latency over %n run(s): min/median/max %1/%2/%3 us%4</source>
        <translation>
            <numerusform>  latency over %n run: min/median/max %1/%2/%3 us%4</numerusform>
            <numerusform>  latency over %n runs: min/median/max %1/%2/%3 us%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/doctorcommand.cpp" line="+115"/>
        <source>Watching the serial ports for %n second(s)...</source>
        <translation>
            <numerusform>Watching the serial ports for %n second...</numerusform>
            <numerusform>Watching the serial ports for %n seconds...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/batchdeploy.cpp" line="+214"/>
        <source>Build (once, for %n board(s))</source>
        <translation>
            <numerusform>Build (once, for %n board)</numerusform>
            <numerusform>Build (once, for %n boards)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/packagecommand.cpp" line="+67"/>
        <source>Wrote %1: %2 for %3 (%4), %n file(s).</source>
        <translation>
            <numerusform>Wrote %1: %2 for %3 (%4), %n file.</numerusform>
            <numerusform>Wrote %1: %2 for %3 (%4), %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Deploy</name>
    <message numerus="yes">
        <location filename="../src/core/deploy/deploymentsteps.cpp" line="+448"/>
        <source>Running %1 (%n run(s)).</source>
        <translation>
            <numerusform>Running %1 (%n run).</numerusform>
            <numerusform>Running %1 (%n runs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/deploy/runinputs.cpp" line="+272"/>
        <source>The file holds %1 arrays, but the model has %n input(s).</source>
        <translation>
            <numerusform>The file holds %1 arrays, but the model has %n input.</numerusform>
            <numerusform>The file holds %1 arrays, but the model has %n inputs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Input set &quot;%1&quot; has the wrong number of tensors (%2): the model on the device has %n input(s).</source>
        <translation>
            <numerusform>Input set &quot;%1&quot; has the wrong number of tensors (%2): the model on the device has %n input.</numerusform>
            <numerusform>Input set &quot;%1&quot; has the wrong number of tensors (%2): the model on the device has %n inputs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/deploy/samplekit.cpp" line="+161"/>
        <source>The last input set is incomplete: it has files for %1 of the model&apos;s %n input(s).</source>
        <translation>
            <numerusform>The last input set is incomplete: it has files for %1 of the model&apos;s %n input.</numerusform>
            <numerusform>The last input set is incomplete: it has files for %1 of the model&apos;s %n inputs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/deploy/deploymentprofile.cpp" line="+34"/>
        <source>Profiling every operator (%n repeat(s)).</source>
        <translation>
            <numerusform>Profiling every operator (%n repeat).</numerusform>
            <numerusform>Profiling every operator (%n repeats).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Profile: %n operator(s), %1 us in total.</source>
        <translation>
            <numerusform>Profile: %n operator, %1 us in total.</numerusform>
            <numerusform>Profile: %n operators, %1 us in total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Device</name>
    <message numerus="yes">
        <location filename="../src/core/device/deviceerrors.cpp" line="+121"/>
        <source>The model on the device takes %n input(s), not %1.</source>
        <translation>
            <numerusform>The model on the device takes %n input, not %1.</numerusform>
            <numerusform>The model on the device takes %n inputs, not %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n frame(s) from the device failed the CRC check and were lost.</source>
        <translation>
            <numerusform>%n frame from the device failed the CRC check and was lost.</numerusform>
            <numerusform>%n frames from the device failed the CRC check and were lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/device/messages.cpp" line="+25"/>
        <source> … (%n bytes in all)</source>
        <translation>
            <numerusform> … (%n byte in all)</numerusform>
            <numerusform> … (%n bytes in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>The %1 message has %n unexpected byte(s) after its last field.</source>
        <translation>
            <numerusform>The %1 message has %n unexpected byte after its last field.</numerusform>
            <numerusform>The %1 message has %n unexpected bytes after its last field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The %1 message is too short: it ends inside %2 (%n byte(s) in all).</source>
        <translation>
            <numerusform>The %1 message is too short: it ends inside %2 (%n byte in all).</numerusform>
            <numerusform>The %1 message is too short: it ends inside %2 (%n bytes in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/device/portdoctor.cpp" line="+322"/>
        <source>%1 appeared and vanished %n time(s) while TinyDeploy watched.</source>
        <translation>
            <numerusform>%1 appeared and vanished %n time while TinyDeploy watched.</numerusform>
            <numerusform>%1 appeared and vanished %n times while TinyDeploy watched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::BatchDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/batchdialog.cpp" line="+214"/>
        <source>%n %1 board(s) connected.</source>
        <translation>
            <numerusform>%n %1 board connected.</numerusform>
            <numerusform>%n %1 boards connected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::HistoryDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/historydialog.cpp" line="+242"/>
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n record.</numerusform>
            <numerusform>%n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s). Not readable: %1</source>
        <translation>
            <numerusform>%n record. Not readable: %1</numerusform>
            <numerusform>%n records. Not readable: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::HistoryScan</name>
    <message numerus="yes">
        <location filename="../src/gui/historyscan.cpp" line="+92"/>
        <source>See View &gt; History (%n interrupted).</source>
        <translation>
            <numerusform>See View &gt; History (%n interrupted).</numerusform>
            <numerusform>See View &gt; History (%n interrupted).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::KioskWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/kiosk/kioskcontroller.cpp" line="+130"/>
        <source>%n boards are plugged in: unplug all but one.</source>
        <translation>
            <numerusform>%n boards are plugged in: unplug all but one.</numerusform>
            <numerusform>%n boards are plugged in: unplug all but one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::LatencyChart</name>
    <message numerus="yes">
        <location filename="../src/gui/latencychart.cpp" line="+227"/>
        <source>min %1 · median %2 · max %3 (%n run(s))</source>
        <translation>
            <numerusform>min %1 · median %2 · max %3 (%n run)</numerusform>
            <numerusform>min %1 · median %2 · max %3 (%n runs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::OutputsView</name>
    <message numerus="yes">
        <location filename="../src/gui/outputsview.cpp" line="+145"/>
        <source>✘ Differs from the expected output: max abs diff %1 at index %2, %n value(s) outside the tolerance</source>
        <translation>
            <numerusform>✘ Differs from the expected output: max abs diff %1 at index %2, %n value outside the tolerance</numerusform>
            <numerusform>✘ Differs from the expected output: max abs diff %1 at index %2, %n values outside the tolerance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::ProfileDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/profiledialog.cpp" line="+55"/>
        <source>%n operator(s), %1 µs in total. Click a column to sort.</source>
        <translation>
            <numerusform>%n operator, %1 µs in total. Click a column to sort.</numerusform>
            <numerusform>%n operators, %1 µs in total. Click a column to sort.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::RunPage</name>
    <message numerus="yes">
        <location filename="../src/gui/runpage.cpp" line="+179"/>
        <source>All sample inputs (%n)</source>
        <translation>
            <numerusform>All sample inputs (%n)</numerusform>
            <numerusform>All sample inputs (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+285"/>
        <source>%n run(s), latency min %1 µs, median %2 µs, max %3 µs.</source>
        <translation>
            <numerusform>%n run, latency min %1 µs, median %2 µs, max %3 µs.</numerusform>
            <numerusform>%n runs, latency min %1 µs, median %2 µs, max %3 µs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Gui::SerialConsole</name>
    <message numerus="yes">
        <location filename="../src/gui/serialconsole.cpp" line="+169"/>
        <source>Paused: %n line(s) waiting</source>
        <translation>
            <numerusform>Paused: %n line waiting</numerusform>
            <numerusform>Paused: %n lines waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::ProjectApi</name>
    <message numerus="yes">
        <location filename="../src/core/projectapi/projectapiclient.cpp" line="+371"/>
        <source>Last %n line(s) of the server&apos;s stderr:</source>
        <translation>
            <numerusform>Last %n line of the server&apos;s stderr:</numerusform>
            <numerusform>Last %n lines of the server&apos;s stderr:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Templates</name>
    <message numerus="yes">
        <location filename="../src/core/templates/fitcheck.cpp" line="+143"/>
        <source>Code size is estimated from the generated C sources (1 byte per %n source bytes).</source>
        <translation>
            <numerusform>Code size is estimated from the generated C sources (1 byte per %n source byte).</numerusform>
            <numerusform>Code size is estimated from the generated C sources (1 byte per %n source bytes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/templates/templatecatalog.cpp" line="+316"/>
        <source>The template&apos;s server did not answer within %n s.</source>
        <translation>
            <numerusform>The template&apos;s server did not answer within %n s.</numerusform>
            <numerusform>The template&apos;s server did not answer within %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TinyDeploy::Tensor</name>
    <message numerus="yes">
        <location filename="../src/core/tensor/npy.cpp" line="+127"/>
        <source>The file ends inside the .npy signature (%n bytes).</source>
        <translation>
            <numerusform>The file ends inside the .npy signature (%n byte).</numerusform>
            <numerusform>The file ends inside the .npy signature (%n bytes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/tensor/npz.cpp" line="+80"/>
        <source>The zip archive is damaged after %n member(s).</source>
        <translation>
            <numerusform>The zip archive is damaged after %n member.</numerusform>
            <numerusform>The zip archive is damaged after %n members.</numerusform>
        </translation>
    </message>
</context>
</TS>
