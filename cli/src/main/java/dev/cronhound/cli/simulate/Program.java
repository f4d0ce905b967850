package dev.cronhound.cli.simulate;

/**
 * An executable file of a Linux host: the path a parent passes to {@code execve} (what the PATH
 * record names) and the binary that ends up running ({@code exe=}, symlinks resolved). A script has
 * an interpreter from its {@code #!} line, which becomes {@code exe} and argv[0].
 *
 * @param interpreter the {@code #!} interpreter, or null for an ELF binary
 * @param ouid owner of the file
 */
record Program(String path, String exe, Program interpreter, int ouid, int ogid) {
  /** A root-owned binary; {@code exe} differs from {@code path} behind a symlink. */
  static Program binary(String path, String exe) {
    return new Program(path, exe, null, 0, 0);
  }

  static Program binary(String path) {
    return binary(path, path);
  }

  /** A script run by {@code interpreter}, owned by {@code owner}. */
  static Program script(String path, Program interpreter, LinuxUser owner) {
    return new Program(path, interpreter.exe(), interpreter, owner.uid(), owner.gid());
  }

  boolean isScript() {
    return interpreter != null;
  }

  /** {@code comm}: the file name executed, cut to 15 bytes as the kernel keeps it. */
  String comm() {
    String base = path.substring(path.lastIndexOf('/') + 1);
    return base.length() > 15 ? base.substring(0, 15) : base;
  }
}
