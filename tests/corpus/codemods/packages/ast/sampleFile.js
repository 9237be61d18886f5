import createUser from "createUser";
import creatUser from "createUser";
import stuff from "otherImport";

createUser({ name: "Augustin" });
creatUser({ name: "Bob" });
stuff();
