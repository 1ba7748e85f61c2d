# Sourced by ./gan, gan-benchmarks/run.sh and .ci/newest-jdk-smoke: the options every JVM that loads TensorFlow gets,
# for the JDK it runs on. The Maven build states the same options once, as gan4j.jvm.options in pom.xml.

# The feature release (17, 25, ...) of the java command $1: from its JDK's release file, else from java -version.
java_feature_release() {
  local java_path home version=""
  java_path="$(readlink -f "$(command -v "$1")")"
  home="$(dirname "$(dirname "$java_path")")"
  if [[ -f "$home/release" ]]; then
    version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")"
  fi
  if [[ -z "$version" ]]; then
    version="$("$1" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1)"
  fi
  echo "${version:-0}"
}

# Prints the options for the java command $1 (default: java), each only on JDKs that know it:
# --enable-native-access=ALL-UNNAMED (JDK 17 and later): TensorFlow's natives are loaded by JavaCPP from the class
#   path; JDK 24 and later warn about that unless native access is enabled, and the warning asks for this option.
# --sun-misc-unsafe-memory-access=allow (JDK 23 and later): protobuf-java 3.21, which TensorFlow Java 1.0.0 uses,
#   reads memory through sun.misc.Unsafe, which JDK 24 and later warn about; the option keeps the use allowed, quietly,
#   until TensorFlow Java moves to a newer protobuf.
gan_jvm_options() {
  local release options=()
  release="$(java_feature_release "${1:-java}")"
  if ((release >= 17)); then options+=(--enable-native-access=ALL-UNNAMED); fi
  if ((release >= 23)); then options+=(--sun-misc-unsafe-memory-access=allow); fi
  echo "${options[*]}"
}
