package dev.cronhound.formats.windows.evtx;

import dev.cronhound.core.event.Origin;
import dev.cronhound.formats.windows.WindowsRecord;
import dev.cronhound.formats.windows.WindowsRecordBuilder;
import dev.cronhound.formats.windows.WindowsTime;

/**
 * Keeps, from the element events of one record, just the fields a {@link WindowsRecord} carries:
 * the {@code <System>} fields and the {@code EventData}/{@code UserData} name -> value text (keys
 * as {@link WindowsRecord} describes). Values are rendered to text only when kept. Reused record
 * after record ({@link #reset}); element depth is limited to {@value #MAX_DEPTH}.
 */
final class EvtxRecordFields {

  static final int MAX_DEPTH = 64;

  private static final int NONE = 0;
  private static final int PROVIDER = 1;
  private static final int TIME = 2;
  private static final int PID = 3;
  private static final int TID = 4;
  private static final int SID = 5;
  private static final int DATA_NAME = 6;
  private static final int EVENT_ID = 7;
  private static final int VERSION = 8;
  private static final int RECORD_ID = 9;
  private static final int CHANNEL = 10;
  private static final int COMPUTER = 11;
  private static final int DATA = 12;
  private static final int USER_LEAF = 13;

  private static final int SYSTEM = 1;
  private static final int EVENT_DATA = 2;
  private static final int USER_DATA = 3;

  private final ValueText text = new ValueText();
  private final WindowsRecordBuilder record = WindowsRecordBuilder.forTypedValues();
  private final boolean[] hadChild = new boolean[MAX_DEPTH + 1];
  private final String[] elementNames = new String[MAX_DEPTH + 1];

  private int depth;
  private int section;
  private int target;
  private boolean inAttribute;
  private long ticks;
  private boolean hasTicks;
  private String dataName;

  /** Set on a recording instance ({@link #recording}): outputs go there, values stay unrendered. */
  private final TemplatePlan.Recorder recorder;

  EvtxRecordFields() {
    this(null);
  }

  private EvtxRecordFields(TemplatePlan.Recorder recorder) {
    this.recorder = recorder;
  }

  /**
   * An instance that records what a template outputs ({@link TemplatePlan}): {@link
   * #substitution} marks where a value goes, nothing is rendered.
   */
  static EvtxRecordFields recording(TemplatePlan.Recorder recorder) {
    return new EvtxRecordFields(recorder);
  }

  void reset() {
    record.clear();
    depth = 0;
    section = NONE;
    target = NONE;
    inAttribute = false;
  }

  /** The record walked; its EventRecordID, when the BinXML has none, from the record header. */
  WindowsRecord build(long headerRecordId, Origin origin) {
    if (record.recordId < 0) {
      record.recordId = headerRecordId;
    }
    return record.build(origin);
  }

  void open(String name) {
    finishAttribute();
    if (depth >= MAX_DEPTH) {
      throw new BinXmlException("elements nested deeper than " + MAX_DEPTH);
    }
    hadChild[depth] = true;
    depth++;
    hadChild[depth] = false;
    elementNames[depth] = name;
    target = NONE;
    if (depth == 2) {
      section = switch (name) {
        case "System" -> SYSTEM;
        case "EventData" -> EVENT_DATA;
        case "UserData" -> USER_DATA;
        default -> NONE;
      };
    } else if (depth == 3 && section == EVENT_DATA) {
      dataName = null;
    }
  }

  void attribute(String name) {
    finishAttribute();
    inAttribute = true;
    target = NONE;
    if (depth == 3 && section == SYSTEM) {
      String element = elementNames[3];
      target = switch (element) {
        case "Provider" -> "Name".equals(name) ? PROVIDER : NONE;
        case "TimeCreated" -> "SystemTime".equals(name) ? TIME : NONE;
        case "Execution" -> "ProcessID".equals(name) ? PID : "ThreadID".equals(name) ? TID : NONE;
        case "Security" -> "UserID".equals(name) ? SID : NONE;
        default -> NONE;
      };
    } else if (depth == 3 && section == EVENT_DATA && "Name".equals(name)) {
      target = DATA_NAME;
    }
    text.setLength(0);
    hasTicks = false;
  }

  boolean wantsValue() {
    return target != NONE;
  }

  void value(int type, byte[] b, int off, int len) {
    if (target == TIME && type == EvtxValues.FILETIME && len >= 8) {
      ticks = LittleEndian.i64(b, off);
      hasTicks = true;
    } else if (target != NONE) {
      EvtxValues.render(type, b, off, len, text);
    }
  }

  void text(String s) {
    if (target != NONE) {
      if (recorder != null && s.indexOf(TemplatePlan.MARK) >= 0) {
        recorder.refuse();
      }
      text.append(s);
    }
  }

  /**
   * Recording: value {@code index} of the record ({@code tag} 0) or of its nested instance would
   * be rendered here (call when {@link #wantsValue}).
   */
  void substitution(int tag, int index) {
    text.append(TemplatePlan.MARK).append((char) tag).append((char) index);
  }

  /** Replaying a {@link TemplatePlan}: output {@code target} starts. */
  void startOutput(int target) {
    this.target = target;
    text.setLength(0);
    hasTicks = false;
  }

  /** Replaying: the output ends; a data value goes under {@code key} (already unique). */
  void endOutput(int target, String key) {
    if (key != null) {
      record.putNew(key, text.toString());
    } else {
      assign(target);
    }
    this.target = NONE;
  }

  void closeStart() {
    finishAttribute();
    text.setLength(0);
    target = NONE;
    if (depth == 3 && section == SYSTEM) {
      target = switch (elementNames[3]) {
        case "EventID" -> EVENT_ID;
        case "Version" -> VERSION;
        case "EventRecordID" -> RECORD_ID;
        case "Channel" -> CHANNEL;
        case "Computer" -> COMPUTER;
        default -> NONE;
      };
    } else if (depth == 3 && section == EVENT_DATA) {
      target = DATA;
    } else if (depth >= 3 && section == USER_DATA) {
      target = USER_LEAF;
    }
  }

  void closeEmpty() {
    finishAttribute();
    text.setLength(0);
    target = NONE;
    if (depth == 3 && section == EVENT_DATA) {
      target = DATA;
    } else if (depth >= 3 && section == USER_DATA) {
      target = USER_LEAF;
    }
    end();
  }

  void end() {
    finishAttribute();
    if (depth <= 0) {
      throw new BinXmlException("end of an element that was not opened");
    }
    switch (target) {
      case EVENT_ID, VERSION, RECORD_ID, CHANNEL, COMPUTER -> output(target);
      case DATA -> {
        if (depth == 3) {
          String element = elementNames[3];
          boolean data = "Data".equals(element);
          put(data ? dataName : element, data);
        }
      }
      case USER_LEAF -> {
        if (!hadChild[depth]) {
          put(elementNames[depth], false);
        }
      }
      default -> {}
    }
    target = NONE;
    depth--;
    if (depth < 2) {
      section = NONE;
    }
  }

  /**
   * Adds the collected text under {@code key}; a {@code <Data>} element without a name ({@code
   * data}, key null or empty) is an unnamed one.
   */
  private void put(String key, boolean data) {
    String value = recorder != null ? "" : text.toString();
    String k = data && (key == null || key.isEmpty()) ? record.putUnnamed(value) : record.put(key, value);
    if (recorder != null) {
      recorder.add(DATA, k, text);
    }
  }

  private void finishAttribute() {
    if (!inAttribute) {
      return;
    }
    inAttribute = false;
    if (target == DATA_NAME) {
      dataName = text.toString();
      if (recorder != null && dataName.indexOf(TemplatePlan.MARK) >= 0) {
        recorder.refuse();
      }
    } else if (target != NONE) {
      output(target);
    }
    target = NONE;
  }

  private void output(int target) {
    if (recorder != null) {
      recorder.add(target, null, text);
    } else {
      assign(target);
    }
  }

  /** Sets System field {@code target} from the text (and FILETIME ticks) collected for it. */
  private void assign(int target) {
    switch (target) {
      case PROVIDER -> record.provider = orNull(text);
      case TIME -> record.timeCreatedMicros =
          hasTicks ? EvtxValues.filetimeMicros(ticks) : parseTime(text);
      case PID -> record.processId = parse(text, -1);
      case TID -> record.threadId = parse(text, -1);
      case SID -> record.userSid = orNull(text);
      case EVENT_ID -> record.eventId = (int) parse(text, -1);
      case VERSION -> record.version = (int) parse(text, -1);
      case RECORD_ID -> record.recordId = parse(text, -1);
      case CHANNEL -> record.channel = orNull(text);
      case COMPUTER -> record.computer = orNull(text);
      default -> {}
    }
  }

  private static String orNull(ValueText sb) {
    return sb.length() == 0 ? null : sb.toString();
  }

  /** Decimal (or {@code 0x} hex) integer text, or {@code otherwise}. */
  static long parse(CharSequence s, long otherwise) {
    int n = s.length();
    int i = 0;
    while (i < n && s.charAt(i) == ' ') {
      i++;
    }
    while (n > i && s.charAt(n - 1) == ' ') {
      n--;
    }
    if (i == n || n - i > 19) {
      return otherwise;
    }
    int radix = 10;
    if (n - i > 2 && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
      radix = 16;
      i += 2;
    }
    long v = 0;
    for (; i < n; i++) {
      int d = Character.digit(s.charAt(i), radix);
      if (d < 0) {
        return otherwise;
      }
      v = v * radix + d;
    }
    return v;
  }

  private static long parseTime(CharSequence s) {
    return WindowsTime.micros(s.toString());
  }

}
