package org.cseriskrecord.web.assessments;

import jakarta.servlet.http.HttpSession;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The GOV.UK task list of an assessment, in the seed's order, each task's status worked out from what the record
 * holds. A part of the tool where nothing applies leaves nothing in the record, so a part the user saved with nothing
 * ticked is remembered for the session: it then reads "Completed" rather than "Not yet started".
 */
final class TaskList {

    static final String NOT_STARTED = "NOT_STARTED";
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String COMPLETED = "COMPLETED";
    private static final String SAVED_PARTS = TaskList.class.getName() + ".saved";

    private TaskList() {
    }

    /**
     * @param key    the task's name in messages ({@code assessment.task.<key>})
     * @param path   its page, below the task list's path
     * @param status NOT_STARTED, IN_PROGRESS or COMPLETED
     * @param id     the task's element id
     */
    public record Task(String key, String path, String status, String id) {
    }

    static List<Task> of(AssessmentView view, HttpSession session) {
        List<Task> tasks = new ArrayList<>();
        for (String section : AssessmentView.SECTIONS) {
            tasks.add(new Task("section." + section, "/sections/" + section, sectionStatus(view, section, session),
                    "task-section-" + section));
        }
        boolean detail = AssessmentView.SECTIONS.stream().anyMatch(s -> notBlank(view.additionalDetail(s)));
        tasks.add(new Task("additionalDetail", "/additional-detail",
                detail || saved(session, view, "additional-detail") ? COMPLETED : NOT_STARTED,
                "task-additional-detail"));
        tasks.add(new Task("analysis", "/analysis",
                notBlank(AssessmentView.text(view.json(), "analysis")) ? COMPLETED : NOT_STARTED, "task-analysis"));
        tasks.add(new Task("completedBy", "/completed-by",
                notBlank(AssessmentView.text(view.json().path("completedBy"), "name")) ? COMPLETED : NOT_STARTED,
                "task-completed-by"));
        if (view.json().path("learningDifficultyToConfirm").asBoolean()) {
            tasks.add(new Task("learningDifficulty", "/learning-difficulty",
                    learningDifficultyConfirmed(view) ? COMPLETED : NOT_STARTED, "task-learning-difficulty"));
        }
        tasks.add(new Task("checkAnswers", "/check-answers", view.editable() ? NOT_STARTED : COMPLETED,
                "task-check-answers"));
        return tasks;
    }

    static boolean learningDifficultyConfirmed(AssessmentView view) {
        String confirmed = AssessmentView.text(view.json(), "learningDifficultyConfirmed");
        return confirmed != null && confirmed.equals(AssessmentView.text(view.json(), "learningDifficulty"));
    }

    private static String sectionStatus(AssessmentView view, String section, HttpSession session) {
        var items = view.items(section).stream().filter(i -> !i.derived()).toList();
        if (items.stream().anyMatch(i -> i.needsEvidence() || i.carriedForward())) {
            return IN_PROGRESS;
        }
        if (items.stream().anyMatch(AssessmentView.Item::marked) || saved(session, view, section)) {
            return COMPLETED;
        }
        return NOT_STARTED;
    }

    /** Remembers, for this session, that the user saved this part of the assessment. */
    static void markSaved(HttpSession session, String assessmentId, String part) {
        savedParts(session).add(assessmentId + "/" + part);
    }

    private static boolean saved(HttpSession session, AssessmentView view, String part) {
        return savedParts(session).contains(view.assessmentId() + "/" + part);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> savedParts(HttpSession session) {
        synchronized (org.springframework.web.util.WebUtils.getSessionMutex(session)) {
            var parts = (Set<String>) session.getAttribute(SAVED_PARTS);
            if (parts == null) {
                parts = java.util.Collections.synchronizedSet(new HashSet<>());
                session.setAttribute(SAVED_PARTS, parts);
            }
            return parts;
        }
    }

    static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
