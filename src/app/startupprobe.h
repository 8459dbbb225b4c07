#pragma once

class QWidget;

namespace TinyDeploy::App {

/// For tests/benchmarks/bench_startup. When TINYDEPLOY_EXIT_ON_SHOWN=1, waits for the first
/// frame of @p window to be painted, prints "first-frame-ns <steady clock, nanoseconds>" on
/// stdout and quits. Does nothing otherwise. The benchmark's baseline programs use it too, so
/// that the application and the baselines are measured to the same moment.
void installStartupProbe(QWidget *window);

} // namespace TinyDeploy::App
