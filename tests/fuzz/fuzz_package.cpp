// libFuzzer target: a deployment package's manifest.json and flash recipe. A manifest that
// parses must serialize and parse again to the same document (the writer's output is what the
// reader accepts), and every path it names must be a safe member name.
#include <package/flashrecipe.h>
#include <package/packagemanifest.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace TinyDeploy::Package;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void) FlashRecipe::parse(bytes, QStringLiteral("flash_recipe.json"));
    const auto manifest = PackageManifest::parse(bytes);
    if (!manifest)
        return 0;
    for (const PackageMember &member : manifest->members) {
        if (!isSafeMemberPath(member.path))
            std::abort();
    }
    const auto again = PackageManifest::parse(manifest->toBytes());
    if (!again || again->toJson() != manifest->toJson())
        std::abort();
    return 0;
}
