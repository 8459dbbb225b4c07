#pragma once

#include <QLatin1String>

/// The Project API method names (spec section 3.1), exactly as they travel on the wire.
namespace TinyDeploy::ProjectApi::Method {

inline constexpr QLatin1String ServerInfoQuery{"server_info_query"};
inline constexpr QLatin1String GenerateProject{"generate_project"};
inline constexpr QLatin1String Build{"build"};
inline constexpr QLatin1String Flash{"flash"};
inline constexpr QLatin1String OpenTransport{"open_transport"};
inline constexpr QLatin1String CloseTransport{"close_transport"};
inline constexpr QLatin1String ReadTransport{"read_transport"};
inline constexpr QLatin1String WriteTransport{"write_transport"};

} // namespace TinyDeploy::ProjectApi::Method
