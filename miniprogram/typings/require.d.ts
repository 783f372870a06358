// The mini-program runtime and Node both provide CommonJS `require`.
declare function require(path: string): any;
