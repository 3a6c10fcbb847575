// The `taipan` command: parses the command line and hands over to the interpreter.
int main() { return 0; }
