package org.cseriskrecord.web.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's "Professional(s) details", "Placement information for Looked After Child" and "Other Professionals
 * involved", as {@code PUT /api/cases/{caseId}/details} takes them (the whole of each). Rows left entirely blank are
 * not professionals and are left out.
 */
public class CaseDetailsForm {
    private List<Professional> professionals = new ArrayList<>();
    private String placementType;
    private String placementAddressAndDetails;
    private String otherProfessionalsInvolved;

    @SuppressWarnings("unchecked")
    static CaseDetailsForm of(Map<String, Object> caseStatus) {
        var form = new CaseDetailsForm();
        for (Map<String, Object> p : (List<Map<String, Object>>) caseStatus.getOrDefault("professionals", List.of())) {
            var row = new Professional();
            row.setName((String) p.get("name"));
            row.setJobTitle((String) p.get("jobTitle"));
            row.setTelephone((String) p.get("telephone"));
            row.setEmail((String) p.get("email"));
            form.professionals.add(row);
        }
        var placement = (Map<String, Object>) caseStatus.get("placement");
        if (placement != null) {
            form.placementType = (String) placement.get("placementType");
            form.placementAddressAndDetails = (String) placement.get("placementAddressAndDetails");
        }
        form.otherProfessionalsInvolved = (String) caseStatus.get("otherProfessionalsInvolved");
        return form;
    }

    /** One more empty row for another professional (no JavaScript needed to add one). */
    void addRow() {
        professionals.add(new Professional());
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("professionals", professionals.stream().filter(p -> !p.isBlank()).map(Professional::toJson).toList());
        if (!blank(placementType) || !blank(placementAddressAndDetails)) {
            Map<String, Object> placement = new LinkedHashMap<>();
            placement.put("placementType", text(placementType));
            placement.put("placementAddressAndDetails", text(placementAddressAndDetails));
            json.put("placement", placement);
        }
        json.put("otherProfessionalsInvolved", text(otherProfessionalsInvolved));
        return json;
    }

    /**
     * The API names rows by their place among the professionals it received ({@code professionals[0].name}); blank
     * rows were left out, so the index is mapped back to the row on the form.
     */
    String formField(String apiField) {
        var matcher = java.util.regex.Pattern.compile("professionals\\[(\\d+)](\\..+)?").matcher(apiField);
        if (matcher.matches()) {
            int sent = Integer.parseInt(matcher.group(1));
            int row = -1;
            for (int i = 0, seen = -1; i < professionals.size(); i++) {
                if (!professionals.get(i).isBlank() && ++seen == sent) {
                    row = i;
                    break;
                }
            }
            return row < 0 ? null : "professionals[" + row + "]" + (matcher.group(2) == null ? "" : matcher.group(2));
        }
        return switch (apiField) {
            case "placement.placementType" -> "placementType";
            case "placement.placementAddressAndDetails" -> "placementAddressAndDetails";
            case "otherProfessionalsInvolved" -> apiField;
            default -> null;
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return blank(s) ? null : s.strip();
    }

    public List<Professional> getProfessionals() { return professionals; }
    public void setProfessionals(List<Professional> professionals) { this.professionals = professionals; }
    public String getPlacementType() { return placementType; }
    public void setPlacementType(String placementType) { this.placementType = placementType; }
    public String getPlacementAddressAndDetails() { return placementAddressAndDetails; }
    public void setPlacementAddressAndDetails(String v) { this.placementAddressAndDetails = v; }
    public String getOtherProfessionalsInvolved() { return otherProfessionalsInvolved; }
    public void setOtherProfessionalsInvolved(String v) { this.otherProfessionalsInvolved = v; }

    /** One professional's row. */
    public static class Professional {
        private String name;
        private String jobTitle;
        private String telephone;
        private String email;

        boolean isBlank() {
            return blank(name) && blank(jobTitle) && blank(telephone) && blank(email);
        }

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", text(name));
            json.put("jobTitle", text(jobTitle));
            json.put("telephone", text(telephone));
            json.put("email", text(email));
            return json;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getJobTitle() { return jobTitle; }
        public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
        public String getTelephone() { return telephone; }
        public void setTelephone(String telephone) { this.telephone = telephone; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }
}
