package dev.cronhound.formats.windows;

import dev.cronhound.core.event.JobAction;
import dev.cronhound.core.event.JobTrigger;
import java.io.StringReader;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Task Scheduler task definition (the {@code TaskContent} of Security 4698, {@code
 * TaskContentNew} of 4702: {@code <Task xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">})
 * with the JDK's StAX parser. Namespaces are ignored (elements are matched by local name).
 *
 * <p>A document type declaration is refused before anything in it is read: DTDs and external
 * entities are disabled in the parser as well, so nothing is ever fetched. A definition that does
 * not parse gives {@link TaskDefinition#unread} with the reason, never an exception. A definition
 * escaped once more than XML needs ({@code &lt;?xml ...}, as NXLog ships it) is unescaped first.
 */
final class TaskDefinitionXml {

  private static final XMLInputFactory FACTORY = factory();

  private TaskDefinitionXml() {}

  /** The definition in {@code xml}; {@link TaskDefinition#NONE} when null or blank. */
  static TaskDefinition parse(String xml) {
    if (xml == null || xml.isBlank()) {
      return TaskDefinition.NONE;
    }
    String text = xml.strip();
    if (text.startsWith("&lt;")) {
      text = unescape(text);
    }
    try {
      return new Walk().read(text);
    } catch (Refused e) {
      return TaskDefinition.unread("task definition refused: " + e.getMessage());
    } catch (XMLStreamException e) {
      String at =
          e.getLocation() == null
              ? ""
              : " at line " + e.getLocation().getLineNumber() + " column " + e.getLocation().getColumnNumber();
      return TaskDefinition.unread("task definition not read: malformed XML" + at);
    } catch (RuntimeException e) {
      return TaskDefinition.unread("task definition not read: " + e.getClass().getSimpleName());
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  /** A construct the reader will not process. */
  private static final class Refused extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    Refused(String what) {
      super(what);
    }
  }

  /** One pass over one document. */
  private static final class Walk {
    private final Deque<String> path = new ArrayDeque<>();
    private final StringBuilder chars = new StringBuilder();
    private final List<JobAction> actions = new ArrayList<>();
    private final List<JobTrigger> triggers = new ArrayList<>();
    private final Map<String, String[]> principals = new LinkedHashMap<>();
    private String author;
    private String actionsContext;
    private String principalId;
    private Boolean enabled;
    private TriggerText trigger;
    private String[] action;

    TaskDefinition read(String xml) throws XMLStreamException {
      XMLStreamReader in = FACTORY.createXMLStreamReader(new StringReader(xml));
      try {
        while (in.hasNext()) {
          switch (in.next()) {
            case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                throw new Refused("document type declaration");
            case XMLStreamConstants.START_ELEMENT -> start(in);
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> chars.append(in.getText());
            case XMLStreamConstants.END_ELEMENT -> end(in.getLocalName());
            default -> {}
          }
        }
      } finally {
        in.close();
      }
      String[] principal =
          principals.getOrDefault(
              actionsContext, principals.isEmpty() ? null : principals.values().iterator().next());
      return new TaskDefinition(
          author,
          principal == null ? null : principal[0] != null ? principal[0] : principal[1],
          principal == null ? null : principal[2],
          enabled == null ? Boolean.TRUE : enabled,
          actions,
          triggers,
          null);
    }

    private void start(XMLStreamReader in) {
      String name = in.getLocalName();
      String parent = path.peek();
      chars.setLength(0);
      path.push(name);
      if ("Triggers".equals(parent) && path.size() == 3) {
        trigger = new TriggerText(name);
      } else if ("Actions".equals(parent) && path.size() == 3) {
        action = new String[] {null, null, null};
        if (!name.equals("Exec") && !name.equals("ComHandler")) {
          action[0] = name.toLowerCase(Locale.ROOT) + ":";
        }
      } else if (name.equals("Actions") && path.size() == 2) {
        actionsContext = in.getAttributeValue(null, "Context");
      } else if (name.equals("Principal") && "Principals".equals(parent)) {
        principalId = in.getAttributeValue(null, "id");
        principals.put(principalId, new String[3]);
      }
    }

    private void end(String name) {
      String value = chars.toString().strip();
      chars.setLength(0);
      path.pop();
      String parent = path.peek();
      int depth = path.size();
      if (trigger != null) {
        if (depth == 2) {
          triggers.add(trigger.toTrigger());
          trigger = null;
        } else {
          trigger.field(parent, name, value);
        }
      } else if (action != null) {
        if (depth == 2) {
          actions.add(new JobAction(action[0], action[1], action[2]));
          action = null;
        } else {
          actionField(name, value);
        }
      } else if (name.equals("Author") && "RegistrationInfo".equals(parent)) {
        author = value.isEmpty() ? null : value;
      } else if (name.equals("Enabled") && "Settings".equals(parent) && depth == 2) {
        enabled = !value.equalsIgnoreCase("false");
      } else if ("Principal".equals(parent) && principals.containsKey(principalId)) {
        String[] p = principals.get(principalId);
        switch (name) {
          case "UserId" -> p[0] = value;
          case "GroupId" -> p[1] = value;
          case "RunLevel" -> p[2] = value;
          default -> {}
        }
      }
    }

    private void actionField(String name, String value) {
      switch (name) {
        case "Command" -> action[0] = value;
        case "ClassId" -> action[0] = "com:" + value;
        case "Arguments", "Data" -> action[1] = value;
        case "WorkingDirectory" -> action[2] = value;
        default -> {}
      }
    }
  }

  /** The text of one trigger element as it is read. */
  private static final class TriggerText {
    private String kind;
    private String start;
    private long schedulePeriod = -1;
    private long repetition = -1;
    private final Map<String, String> detail = new LinkedHashMap<>();

    TriggerText(String element) {
      String k = element.endsWith("Trigger") ? element.substring(0, element.length() - 7) : element;
      k = k.toLowerCase(Locale.ROOT);
      kind = k.equals("sessionstatechange") ? "session" : k;
    }

    void field(String parent, String name, String value) {
      switch (name) {
        case "StartBoundary" -> start = value;
        case "Enabled" -> {
          if (value.equalsIgnoreCase("false")) {
            detail.put("enabled", "false");
          }
        }
        case "Interval" -> {
          if ("Repetition".equals(parent)) {
            repetition = seconds(value);
            if (repetition == -1) {
              detail.put("repetition_interval", value);
            }
          }
        }
        case "Duration" -> {
          if ("Repetition".equals(parent)) {
            detail.put("repetition_duration", value);
          }
        }
        case "ScheduleByDay" -> kind = "daily";
        case "ScheduleByWeek" -> kind = "weekly";
        case "ScheduleByMonth", "ScheduleByMonthDayOfWeek" -> kind = "monthly";
        case "DaysInterval" -> schedulePeriod = times(value, 86_400);
        case "WeeksInterval" -> schedulePeriod = times(value, 604_800);
        case "Delay", "RandomDelay", "EndBoundary", "StateChange", "ExecutionTimeLimit" ->
            detail.put(snake(name), value);
        case "UserId" -> detail.put("user", value);
        case "Subscription" -> detail.put("subscription", value);
        case "Day" -> add("days_of_month", value);
        case "Week" -> add("weeks", value);
        default -> {
          if ("DaysOfWeek".equals(parent)) {
            add("days_of_week", name);
          } else if ("Months".equals(parent)) {
            add("months", name);
          }
        }
      }
    }

    JobTrigger toTrigger() {
      StringBuilder d = new StringBuilder();
      detail.forEach((k, v) -> d.append(d.length() == 0 ? "" : ";").append(k).append('=').append(v));
      return new JobTrigger(
          kind, start, repetition != -1 ? repetition : schedulePeriod, d.length() == 0 ? null : d.toString());
    }

    private void add(String key, String value) {
      detail.merge(key, value, (a, b) -> a + "," + b);
    }

    private static String snake(String name) {
      return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static long times(String value, long unit) {
      try {
        return Long.parseLong(value.strip()) * unit;
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    /** An XML duration ({@code PT5M}, {@code P1D}, {@code P1DT2H}) in seconds, or -1. */
    private static long seconds(String value) {
      try {
        return Duration.parse(value.strip()).getSeconds();
      } catch (DateTimeParseException e) {
        return -1;
      }
    }
  }
}
