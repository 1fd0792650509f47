package org.cseriskrecord.query.consumption;

/**
 * Work that must follow the rebuild of any projection, in the rebuild's transaction: erasure, for one, must hold in
 * a rebuilt view as it does in the live one (an erased case's events replay without their personal values, but what
 * a view derived from them before erasure is not what it derives now).
 */
public interface AfterRebuild {
    void afterRebuild();
}
