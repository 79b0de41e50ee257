package io.oakit.examples.spring;

import io.oakit.core.IllegalTransitionException;
import io.oakit.core.OaException;
import io.oakit.core.UnknownReferenceException;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.SupervisionItem;
import io.oakit.spi.Page;
import io.oakit.workflow.ClearanceException;
import io.oakit.workflow.CommandRefusedException;
import io.oakit.workflow.CommandResult;
import io.oakit.workflow.DocumentFields;
import io.oakit.workflow.DocumentQueries;
import io.oakit.workflow.IncomingCommands;
import io.oakit.workflow.IncomingService;
import io.oakit.workflow.NotAuthorizedException;
import io.oakit.workflow.SupervisionCommands;
import io.oakit.workflow.SupervisionService;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST endpoints of the example host. Who is asking comes in the {@code X-Person} header (a real
 * host takes it from its authentication, e.g. Spring Security's principal); every command carries
 * the client's {@code Idempotency-Key}, so a request repeated after a timeout takes effect once. The
 * library checks authority and clearance on every command and query; its refusals become 403, 404,
 * 409 and 400 with the library's message.
 */
@RestController
@RequestMapping("/api")
public class OfficeController {

  private static final String PERSON = "X-Person";
  private static final String KEY = "Idempotency-Key";

  private final IncomingService incoming;
  private final SupervisionService supervision;
  private final DocumentQueries queries;

  OfficeController(IncomingService incoming, SupervisionService supervision, DocumentQueries queries) {
    this.incoming = incoming;
    this.supervision = supervision;
    this.queries = queries;
  }

  /** A document in a tray. */
  public record TrayEntry(String documentId, Optional<String> number, String subject, String issuingUnit,
      Urgency urgency, String stage, Optional<LocalDateTime> due) {}

  /** One page of a tray, and the cursor of the next. */
  public record TrayPage(List<TrayEntry> entries, Optional<String> next) {}

  /** What a clerk signs for (签收). */
  public record Incoming(String documentId, DocumentKind kind, Urgency urgency, SecrecyLevel secrecy, String issuingUnit,
      String subject) {}

  /** A supervision item opened (立项). */
  public record NewItem(String itemId, ItemSource source, String content, Importance importance) {}

  /** An item assigned (交办). */
  public record Assignment(String leadUnit, List<String> coUnits, String deadlineRule) {}

  /** A unit's step on an item. */
  public record UnitStep(String unit) {}

  /** A completion report (办结报告). */
  public record Completion(String summary) {}

  /** An acceptance (验收). */
  public record Acceptance(QualityRating rating, boolean effective, String comment) {}

  /** An item as the office sees it. */
  public record ItemView(String itemId, String state, Optional<String> leadUnit) {
    static ItemView of(SupervisionItem item) {
      return new ItemView(item.id(), item.state().name(), item.leadUnit());
    }
  }

  /**
   * @param person who asks: only their own tray
   * @param size the page size
   * @param after the cursor of the previous page
   * @return one page of the person's tray, in tray order
   */
  @GetMapping("/tray")
  public TrayPage tray(@RequestHeader(PERSON) String person, @RequestParam(defaultValue = "20") int size,
      @RequestParam(required = false) String after) {
    Page<DocumentQueries.Entry> page = queries.tray(person, new Page.Request(Optional.ofNullable(after), size));
    return new TrayPage(page.items().stream().map(e -> new TrayEntry(e.documentId(), e.number(), e.subject(),
        e.issuingUnit(), e.urgency(), e.stage(), e.due())).toList(), page.next());
  }

  @PostMapping("/incoming")
  public ResponseEntity<CommandResult> signFor(@RequestHeader(PERSON) String person, @RequestHeader(KEY) String key,
      @RequestBody Incoming in) {
    CommandResult r = incoming.signFor(new IncomingCommands.SignFor(key, person, Optional.empty(),
        new DocumentFields(in.documentId(), in.kind(), in.urgency(), in.secrecy(), in.issuingUnit(), in.subject(),
            List.of(), List.of(), Optional.empty())));
    return ResponseEntity.status(HttpStatus.CREATED).body(r);
  }

  @PostMapping("/incoming/{id}/registration")
  public CommandResult register(@RequestHeader(PERSON) String person, @RequestHeader(KEY) String key,
      @PathVariable String id) {
    return incoming.register(new IncomingCommands.Register(key, person, Optional.empty(), id));
  }

  /** A leader's instruction (批办): who reads it, which department handles it. */
  public record Instruction(String instruction, List<String> readers, String handlingDepartment) {}

  @PostMapping("/incoming/{id}/proposal")
  public CommandResult propose(@RequestHeader(PERSON) String person, @RequestHeader(KEY) String key,
      @PathVariable String id) {
    return incoming.propose(new IncomingCommands.Propose(key, person, Optional.empty(), id));
  }

  @PostMapping("/incoming/{id}/instruction")
  public CommandResult instruct(@RequestHeader(PERSON) String person, @RequestHeader(KEY) String key,
      @PathVariable String id, @RequestBody Instruction in) {
    return incoming.instruct(new IncomingCommands.Instruct(key, person, Optional.empty(), id, in.instruction(),
        in.readers() == null ? List.of() : in.readers(), in.handlingDepartment(), Optional.empty()));
  }

  @PostMapping("/supervision")
  public ResponseEntity<CommandResult> open(@RequestHeader(PERSON) String person, @RequestHeader(KEY) String key,
      @RequestBody NewItem item) {
    CommandResult r = supervision.open(new SupervisionCommands.Open(key, person, Optional.empty(), item.itemId(),
        item.source(), item.content(), item.importance()));
    return ResponseEntity.status(HttpStatus.CREATED).body(r);
  }

  @GetMapping("/supervision/{id}")
  public ItemView item(@RequestHeader(PERSON) String person, @PathVariable String id) {
    return ItemView.of(supervision.find(id, person));
  }

  @PostMapping("/supervision/{id}/assignment")
  public CommandResult assign(@RequestHeader(PERSON) String person, @RequestHeader(KEY) String key,
      @PathVariable String id, @RequestBody Assignment a) {
    return supervision.assign(new SupervisionCommands.Assign(key, person, Optional.empty(), id, a.leadUnit(),
        a.coUnits() == null ? List.of() : a.coUnits(), a.deadlineRule(), 0));
  }

  @PostMapping("/supervision/{id}/sign-for")
  public CommandResult signForItem(@RequestHeader(PERSON) String person, @RequestHeader(KEY) String key,
      @PathVariable String id, @RequestBody UnitStep step) {
    return supervision.signFor(new SupervisionCommands.SignFor(key, person, Optional.empty(), id, step.unit()));
  }

  @PostMapping("/supervision/{id}/completion")
  public CommandResult complete(@RequestHeader(PERSON) String person, @RequestHeader(KEY) String key,
      @PathVariable String id, @RequestBody Completion c) {
    return supervision.reportCompletion(new SupervisionCommands.ReportCompletion(key, person, Optional.empty(), id,
        c.summary()));
  }

  @PostMapping("/supervision/{id}/acceptance")
  public CommandResult accept(@RequestHeader(PERSON) String person, @RequestHeader(KEY) String key,
      @PathVariable String id, @RequestBody Acceptance a) {
    return supervision.accept(new SupervisionCommands.Accept(key, person, Optional.empty(), id, a.rating(),
        a.effective(), a.comment() == null ? "" : a.comment()));
  }

  @PostMapping("/supervision/{id}/closing")
  public CommandResult close(@RequestHeader(PERSON) String person, @RequestHeader(KEY) String key,
      @PathVariable String id) {
    return supervision.close(new SupervisionCommands.Close(key, person, Optional.empty(), id));
  }

  @ExceptionHandler({NotAuthorizedException.class, ClearanceException.class})
  ResponseEntity<Map<String, String>> forbidden(OaException e) {
    return problem(HttpStatus.FORBIDDEN, e);
  }

  @ExceptionHandler(UnknownReferenceException.class)
  ResponseEntity<Map<String, String>> notFound(UnknownReferenceException e) {
    return problem(HttpStatus.NOT_FOUND, e);
  }

  @ExceptionHandler({CommandRefusedException.class, IllegalTransitionException.class})
  ResponseEntity<Map<String, String>> conflict(OaException e) {
    return problem(HttpStatus.CONFLICT, e);
  }

  @ExceptionHandler({IllegalArgumentException.class, ConstraintViolationException.class})
  ResponseEntity<Map<String, String>> badRequest(RuntimeException e) {
    return problem(HttpStatus.BAD_REQUEST, e);
  }

  private static ResponseEntity<Map<String, String>> problem(HttpStatus status, Exception e) {
    return ResponseEntity.status(status).body(Map.of("error", status.getReasonPhrase(),
        "message", String.valueOf(e.getMessage())));
  }
}
