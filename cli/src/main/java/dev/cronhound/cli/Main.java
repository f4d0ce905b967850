package dev.cronhound.cli;

/** Placeholder entry point; replaced by the picocli application. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {}
}
