package app.prism.tasks;

import app.prism.web.ApiResponses;
import app.prism.web.PageQuery;
import app.prism.web.Paged;
import app.prism.web.Patch;
import app.prism.web.PatchReader;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/tasks")
class TasksApi {

    private final TaskService tasks;
    private final PatchReader patches;

    TasksApi(TaskService tasks, PatchReader patches) {
        this.tasks = tasks;
        this.patches = patches;
    }

    @GetMapping
    Paged<TaskView> list(@RequestParam(required = false) Long accountId, @RequestParam(required = false) Long assigneeId,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return tasks.listTasks(accountId, assigneeId, mine, open, overdue, asOf, PageQuery.of(page, size, null));
    }

    @PostMapping
    ResponseEntity<TaskView> create(@Valid @RequestBody NewTask input) {
        TaskView created = tasks.createTask(input);
        return ApiResponses.created("/api/v1/tasks/{id}", created.id(), created, created.version());
    }

    @GetMapping("/{id}")
    ResponseEntity<TaskView> get(@PathVariable long id) {
        TaskView t = tasks.getTask(id);
        return ApiResponses.versioned(t, t.version());
    }

    @PatchMapping("/{id}")
    ResponseEntity<TaskView> update(@PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Patch<TaskPatch> patch = patches.read(body, TaskPatch.class);
        TaskView updated = tasks.updateTask(id, patch, Patch.expectedVersion(patch.value().version(), ifMatch));
        return ApiResponses.versioned(updated, updated.version());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        tasks.deleteTask(id);
        return ResponseEntity.noContent().build();
    }
}
