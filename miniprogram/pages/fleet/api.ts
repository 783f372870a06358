// The fleet administrator's operations (graphql/fleet.graphql) over /mp/graphql.
import { PayloadError } from "../../lib/auth";
import { execute } from "../../lib/graphql";
import type { Fleet, LimitsInput, Statement, Vehicle } from "./logic";

export async function fleetNames(): Promise<{ id: string; name: string }[]> {
  return (await execute("ViewerFleetNames")).viewerFleets;
}

export async function fleet(id: string): Promise<Fleet> {
  return (await execute("ViewerFleet", { id })).viewerFleet;
}

export async function statement(fleetId: string, month: string): Promise<Statement> {
  return (await execute("ViewerFleetStatement", { fleetId, month })).viewerFleetStatement;
}

function vehicleOf(payload: { vehicle: Vehicle | null; errors: { field: string | null; code: string; message: string }[] }): Vehicle {
  if (payload.errors.length) throw new PayloadError(payload.errors);
  return payload.vehicle as Vehicle;
}

export async function setLimits(id: string, limits: LimitsInput): Promise<Vehicle> {
  return vehicleOf((await execute("ViewerFleetVehicleLimitsSet", { input: { id, ...limits } })).viewerFleetVehicleLimitsSet);
}

export async function setFrozen(id: string, frozen: boolean, reason: string): Promise<Vehicle> {
  const input = { id, ...(reason.trim() ? { reason: reason.trim() } : {}) };
  return frozen
    ? vehicleOf((await execute("ViewerFleetVehicleFreeze", { input })).viewerFleetVehicleFreeze)
    : vehicleOf((await execute("ViewerFleetVehicleUnfreeze", { input })).viewerFleetVehicleUnfreeze);
}

export async function addPlate(fleetId: string, plate: string): Promise<Vehicle> {
  return vehicleOf((await execute("ViewerFleetVehicleAdd", { input: { fleetId, plate } })).viewerFleetVehicleAdd);
}

export async function removePlate(id: string): Promise<void> {
  const payload = (await execute("ViewerFleetVehicleRemove", { input: { id } })).viewerFleetVehicleRemove;
  if (payload.errors.length) throw new PayloadError(payload.errors);
}
