package org.cseriskrecord.events;

/** The seed form's "Placement information for Looked After Child". */
@PersonalData("child")
public record PlacementDetails(String placementType, String placementAddressAndDetails) {
}
