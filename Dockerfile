# opentrain container image: the Native AOT binary on a distroless base, run as a non-root user.
#   docker build -t opentrain .
#   docker run --rm -e OT_API_TOKEN opentrain whoami
# Stage 1 builds with the .NET SDK and clang (Native AOT links with the platform toolchain); stage 2 is
# Microsoft's chiseled runtime-deps image (glibc, OpenSSL, CA certificates; no shell, no package manager).
# The image is built for the architecture of the build machine (or of `docker buildx --platform`).

FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends clang zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# build.sh publishes for this machine's RID and prints the binary's path.
RUN ./build.sh > /tmp/exe-path && cp "$(cat /tmp/exe-path)" /opentrain && /opentrain --version

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled
COPY --from=build /opentrain /usr/local/bin/opentrain
ENV PATH=/usr/local/bin:/usr/bin:/bin
# 1654 = the 'app' user of Microsoft's images ($APP_UID); never root.
USER 1654:1654
WORKDIR /home/app
ENTRYPOINT ["opentrain"]
