package org.cseriskrecord.web.cases;

import org.cseriskrecord.web.pages.DateParts;
import org.cseriskrecord.web.pages.FormErrors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's "Child details" as the form sends them (and, when opening a case, its area). Converts to and from the
 * JSON child object of command-service and query-service (README, "The child object"): blank text is left out,
 * the date of birth is parsed here, everything else is checked by command-service.
 */
public class ChildForm {
    private String area;
    private String name;
    private String alsoKnownAs;
    private DateParts dateOfBirth = new DateParts();
    private String gender;
    private String genderCode;
    private String sexualOrientation;
    private String ethnicity;
    private String ethnicityCode;
    private String religion;
    private String address;
    private String postcode;
    private String telephone;
    private String firstLanguage;
    private String hasDisability;
    private String disabilityDetails;
    private List<String> disabilityCodes = new ArrayList<>();
    private String communicationLearningNeeds;
    private String learningDifficulty;
    private String legalStatusIfAccommodated;
    private String childProtectionPlan;
    private String missing;
    private List<String> participation = new ArrayList<>();

    /** The form filled from a case status's {@code child} (and its {@code area}). */
    @SuppressWarnings("unchecked")
    static ChildForm of(Map<String, Object> caseStatus) {
        var child = (Map<String, Object>) caseStatus.get("child");
        var form = new ChildForm();
        form.area = (String) caseStatus.get("area");
        form.name = (String) child.get("name");
        form.alsoKnownAs = (String) child.get("alsoKnownAs");
        form.dateOfBirth = DateParts.of(child.get("dateOfBirth"));
        form.gender = (String) child.get("gender");
        form.genderCode = (String) child.get("genderCode");
        form.sexualOrientation = (String) child.get("sexualOrientation");
        form.ethnicity = (String) child.get("ethnicity");
        form.ethnicityCode = (String) child.get("ethnicityCode");
        form.religion = (String) child.get("religion");
        form.address = (String) child.get("address");
        form.postcode = (String) child.get("postcode");
        form.telephone = (String) child.get("telephone");
        form.firstLanguage = (String) child.get("firstLanguage");
        form.hasDisability = Boolean.TRUE.equals(child.get("hasDisability")) ? "YES" : "NO";
        form.disabilityDetails = (String) child.get("disabilityDetails");
        form.disabilityCodes = new ArrayList<>((List<String>) child.getOrDefault("disabilityCodes", List.of()));
        form.communicationLearningNeeds = (String) child.get("communicationLearningNeeds");
        form.learningDifficulty = (String) child.get("learningDifficulty");
        form.legalStatusIfAccommodated = (String) child.get("legalStatusIfAccommodated");
        form.childProtectionPlan = (String) child.get("childProtectionPlan");
        form.missing = (String) child.get("missing");
        form.participation = new ArrayList<>((List<String>) child.getOrDefault("participation", List.of()));
        return form;
    }

    /** What the page itself finds wrong: a date of birth that is not a real date. */
    FormErrors pageErrors() {
        var errors = FormErrors.none();
        if (!dateOfBirth.isBlank() && dateOfBirth.toDate().isEmpty()) {
            errors.add("dateOfBirth", "Date of birth must be a real date, for example 27 3 2012");
        }
        return errors;
    }

    /** The JSON child object. */
    Map<String, Object> toChild() {
        Map<String, Object> child = new LinkedHashMap<>();
        put(child, "name", name);
        put(child, "alsoKnownAs", alsoKnownAs);
        child.put("dateOfBirth", dateOfBirth.toDate().map(Object::toString).orElse(null));
        put(child, "gender", gender);
        put(child, "genderCode", genderCode);
        put(child, "sexualOrientation", sexualOrientation);
        put(child, "ethnicity", ethnicity);
        put(child, "ethnicityCode", ethnicityCode);
        put(child, "religion", religion);
        put(child, "address", address);
        put(child, "postcode", postcode);
        put(child, "telephone", telephone);
        put(child, "firstLanguage", firstLanguage);
        child.put("hasDisability", "YES".equals(hasDisability));
        put(child, "disabilityDetails", disabilityDetails);
        child.put("disabilityCodes", disabilityCodes == null ? List.of() : disabilityCodes);
        put(child, "communicationLearningNeeds", communicationLearningNeeds);
        put(child, "learningDifficulty", learningDifficulty);
        put(child, "legalStatusIfAccommodated", legalStatusIfAccommodated);
        put(child, "childProtectionPlan", childProtectionPlan);
        put(child, "missing", missing);
        child.put("participation", participation == null ? List.of() : participation);
        return child;
    }

    /** {@code child.name} or {@code name} → {@code name}; {@code disabilityCodes[1]} → {@code disabilityCodes}. */
    static String formField(String apiField) {
        String field = apiField.startsWith("child.") ? apiField.substring("child.".length()) : apiField;
        int index = field.indexOf('[');
        return index < 0 ? field : field.substring(0, index);
    }

    private static void put(Map<String, Object> json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.put(name, value.strip());
        }
    }

    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAlsoKnownAs() { return alsoKnownAs; }
    public void setAlsoKnownAs(String alsoKnownAs) { this.alsoKnownAs = alsoKnownAs; }
    public DateParts getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(DateParts dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getGenderCode() { return genderCode; }
    public void setGenderCode(String genderCode) { this.genderCode = genderCode; }
    public String getSexualOrientation() { return sexualOrientation; }
    public void setSexualOrientation(String sexualOrientation) { this.sexualOrientation = sexualOrientation; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public String getEthnicityCode() { return ethnicityCode; }
    public void setEthnicityCode(String ethnicityCode) { this.ethnicityCode = ethnicityCode; }
    public String getReligion() { return religion; }
    public void setReligion(String religion) { this.religion = religion; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getTelephone() { return telephone; }
    public void setTelephone(String telephone) { this.telephone = telephone; }
    public String getFirstLanguage() { return firstLanguage; }
    public void setFirstLanguage(String firstLanguage) { this.firstLanguage = firstLanguage; }
    public String getHasDisability() { return hasDisability; }
    public void setHasDisability(String hasDisability) { this.hasDisability = hasDisability; }
    public String getDisabilityDetails() { return disabilityDetails; }
    public void setDisabilityDetails(String disabilityDetails) { this.disabilityDetails = disabilityDetails; }
    public List<String> getDisabilityCodes() { return disabilityCodes; }
    public void setDisabilityCodes(List<String> disabilityCodes) { this.disabilityCodes = disabilityCodes; }
    public String getCommunicationLearningNeeds() { return communicationLearningNeeds; }
    public void setCommunicationLearningNeeds(String v) { this.communicationLearningNeeds = v; }
    public String getLearningDifficulty() { return learningDifficulty; }
    public void setLearningDifficulty(String learningDifficulty) { this.learningDifficulty = learningDifficulty; }
    public String getLegalStatusIfAccommodated() { return legalStatusIfAccommodated; }
    public void setLegalStatusIfAccommodated(String v) { this.legalStatusIfAccommodated = v; }
    public String getChildProtectionPlan() { return childProtectionPlan; }
    public void setChildProtectionPlan(String childProtectionPlan) { this.childProtectionPlan = childProtectionPlan; }
    public String getMissing() { return missing; }
    public void setMissing(String missing) { this.missing = missing; }
    public List<String> getParticipation() { return participation; }
    public void setParticipation(List<String> participation) { this.participation = participation; }
}
