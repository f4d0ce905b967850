package dev.cronhound.cli.simulate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Sysmon 1 reports about an executable besides its path: the version resource ({@code
 * FileVersion}, {@code Description}, {@code Product}, {@code Company}, {@code OriginalFileName};
 * {@code -} for unsigned tools without one) and {@code Hashes} (stand-ins derived from the path, so
 * the same image always has the same hashes).
 */
record ImageFacts(
    String fileVersion, String description, String product, String company, String originalName) {
  private static final String OS = "Microsoft® Windows® Operating System";
  private static final String MS = "Microsoft Corporation";
  private static final ImageFacts UNKNOWN = new ImageFacts("-", "-", "-", "-", "-");
  private static final Map<String, ImageFacts> BY_NAME =
      Map.ofEntries(
          Map.entry("services.exe", os("Services and Controller app", "services.exe")),
          Map.entry("svchost.exe", os("Host Process for Windows Services", "svchost.exe")),
          Map.entry("explorer.exe", os("Windows Explorer", "EXPLORER.EXE")),
          Map.entry("cmd.exe", os("Windows Command Processor", "Cmd.Exe")),
          Map.entry("conhost.exe", os("Console Window Host", "CONHOST.EXE")),
          Map.entry("schtasks.exe", os("Task Scheduler Configuration Tool", "schtasks.exe")),
          Map.entry(
              "powershell.exe",
              new ImageFacts(
                  "10.0.19041.3996 (WinBuild.160101.0800)",
                  "Windows PowerShell",
                  OS,
                  MS,
                  "PowerShell.EXE")),
          Map.entry(
              "msmpeng.exe",
              new ImageFacts(
                  "4.18.24090.11 (WinBuild.160101.0800)",
                  "Antimalware Service Executable",
                  OS,
                  MS,
                  "MsMpEng.exe")),
          Map.entry(
              "mpcmdrun.exe",
              new ImageFacts(
                  "4.18.24090.11 (WinBuild.160101.0800)",
                  "Microsoft Malware Protection Command Line Utility",
                  OS,
                  MS,
                  "MpCmdRun.exe")),
          Map.entry(
              "googleupdate.exe",
              new ImageFacts(
                  "1.3.36.372",
                  "Google Installer",
                  "Google Update",
                  "Google LLC",
                  "GoogleUpdate.exe")),
          Map.entry(
              "chrome.exe",
              new ImageFacts(
                  "131.0.6778.205", "Google Chrome", "Google Chrome", "Google LLC", "chrome.exe")),
          Map.entry(
              "outlook.exe",
              new ImageFacts(
                  "16.0.17928.20286",
                  "Microsoft Outlook",
                  "Microsoft Outlook",
                  MS,
                  "Outlook.exe")),
          Map.entry(
              "ms-teams.exe",
              new ImageFacts(
                  "24335.206.3315.1234",
                  "Microsoft Teams",
                  "Microsoft Teams",
                  MS,
                  "ms-teams.exe")),
          Map.entry(
              "backupagent.exe",
              new ImageFacts(
                  "7.4.2.118",
                  "CorpBackup Agent",
                  "CorpBackup",
                  "CorpBackup Software Ltd.",
                  "backupagent.exe")),
          Map.entry(
              "bkpsnap.exe",
              new ImageFacts(
                  "7.4.2.118",
                  "CorpBackup Snapshot Helper",
                  "CorpBackup",
                  "CorpBackup Software Ltd.",
                  "bkpsnap.exe")),
          Map.entry(
              "rclone.exe",
              new ImageFacts("1.68.2", "Rsync for cloud storage", "Rclone", "https://rclone.org", "rclone.exe")));

  private static final Map<String, String> HASHES = new ConcurrentHashMap<>();

  private static ImageFacts os(String description, String originalName) {
    return new ImageFacts(
        "10.0.19041.4355 (WinBuild.160101.0800)", description, OS, MS, originalName);
  }

  static ImageFacts of(String image) {
    String name = image.substring(image.lastIndexOf('\\') + 1).toLowerCase(Locale.ROOT);
    return BY_NAME.getOrDefault(name, UNKNOWN);
  }

  /** {@code SHA256=...,IMPHASH=...} as Sysmon writes them (upper-case hex). */
  static String hashes(String image) {
    return HASHES.computeIfAbsent(
        image.toLowerCase(Locale.ROOT),
        key -> "SHA256=" + hex("SHA-256", key) + ",IMPHASH=" + hex("MD5", "imphash:" + key));
  }

  private static String hex(String algorithm, String text) {
    try {
      byte[] d = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().withUpperCase().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
